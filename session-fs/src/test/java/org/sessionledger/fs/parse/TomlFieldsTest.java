package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.fs.read.Problems;

class TomlFieldsTest {

    private final Problems problems = new Problems("f.md");

    @Test
    void readsCommentsCommentOnlyArrayLinesAndLineNumbers() {
        Fields fields = TomlFields.parse("""
                # a comment
                id = "S-1" # (String, Required) trailing comment
                related_tasks = [
                    # (Array of Strings, Optional) comment-only line
                ]
                tags = [
                    # keywords
                    "a", "b"
                ]
                cost = 0.5
                """, 2, problems);
        assertThat(fields.text(problems, "id")).contains("S-1");
        assertThat(fields.lineOf("id")).isEqualTo(3);
        assertThat(fields.list(problems, "related_tasks")).isEmpty();
        assertThat(fields.list(problems, "tags")).containsExactly("a", "b");
        assertThat(fields.get("cost")).get().extracting(FieldValue::asText).isEqualTo("0.5");
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void recoversWhatItCanFromInvalidToml() {
        Fields fields = TomlFields.parse("""
                id = "T-1"
                title = "First"
                tags = [
                    "a", "b"
                    "c"
                ]
                title = "Second"
                status = "🟢 Done"
                """, 2, problems);
        assertThat(fields.text(problems, "id")).contains("T-1");
        assertThat(fields.text(problems, "title")).contains("First");
        assertThat(fields.text(problems, "status")).contains("🟢 Done");
        assertThat(fields.list(problems, "tags")).containsExactly("a", "b", "c");
        assertThat(problems.all()).extracting(Diagnostic::kind).contains(DiagnosticKind.MALFORMED_TOML);
    }

    @Test
    void reportsDuplicateKeysWithTheirLine() {
        TomlFields.parse("id = \"a\"\nid = \"b\"\n", 2, problems);
        assertThat(problems.all()).anySatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DiagnosticKind.DUPLICATE_KEY);
            assertThat(d.line()).isEqualTo(3);
        });
    }

    @Test
    void treatsPlaceholdersAsAbsentAndReportsWrongTypes() {
        Fields fields = TomlFields.parse(
                "id = \"{{SESSION_ID}}\"\nstatus = [\"x\"]\nrelated_tasks = \"TASK-1\"\ntags = 3\n", 1, problems);
        assertThat(fields.text(problems, "id")).isEmpty();
        assertThat(fields.text(problems, "status")).contains("x");
        assertThat(fields.list(problems, "related_tasks")).containsExactly("TASK-1");
        assertThat(fields.list(problems, "tags")).isEmpty();
        assertThat(problems.all())
                .extracting(Diagnostic::kind)
                .containsOnly(DiagnosticKind.WRONG_TYPE)
                .hasSize(3);
    }
}
