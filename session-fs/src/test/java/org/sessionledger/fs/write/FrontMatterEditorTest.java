package org.sessionledger.fs.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sessionledger.fs.parse.Fields;
import org.sessionledger.fs.parse.FrontMatterSplitter;
import org.sessionledger.fs.parse.TomlFields;
import org.sessionledger.fs.read.Problems;

class FrontMatterEditorTest {

    private static final String DOC = """
            +++
            # --- Session Metadata ---
            id = "S-1" # (String, Required) id
            status = "🟢 Active" # (String, Required) Current status
            end_time = "" # (Datetime, Optional)
            related_tasks = []
            related_artifacts = [
                # (Array of Strings, Optional) comment-only line
            ]
            tags = [
                # keywords
                "session", "log"
            ]
            extra = ["a", "b"] # trailing
            +++

            # Body stays
            - [2025-01-01 10:00:00] entry
            """;

    @Test
    void setsAValueKeepingItsCommentAndEverythingElse() {
        String edited =
                new FrontMatterEditor(DOC).setString("status", "⏸️ Paused").text();
        assertThat(edited).contains("status = \"⏸️ Paused\" # (String, Required) Current status\n");
        assertThat(edited.replace("status = \"⏸️ Paused\"", "status = \"🟢 Active\""))
                .isEqualTo(DOC);
    }

    @Test
    void appendsToEveryArrayLayout() {
        String edited = new FrontMatterEditor(DOC)
                .appendToArray("related_tasks", "TASK-1")
                .appendToArray("related_artifacts", "notes/N.md")
                .appendToArray("tags", "new")
                .appendToArray("extra", "c")
                .appendToArray("handoffs", "x -> y")
                .text();
        assertThat(edited)
                .contains("related_tasks = [\"TASK-1\"]\n")
                .contains("    # (Array of Strings, Optional) comment-only line\n    \"notes/N.md\",\n]")
                .contains("    \"session\", \"log\",\n    \"new\",\n]")
                .contains("extra = [\"a\", \"b\", \"c\"] # trailing")
                .contains("handoffs = [\"x -> y\"]\n+++")
                .endsWith("# Body stays\n- [2025-01-01 10:00:00] entry\n");
        Problems problems = new Problems("f");
        Fields fields = TomlFields.parse(FrontMatterSplitter.split(edited).block(), 2, problems);
        assertThat(problems.all()).isEmpty();
        assertThat(fields.list(problems, "tags")).containsExactly("session", "log", "new");
        assertThat(fields.list(problems, "related_artifacts")).containsExactly("notes/N.md");
    }

    @Test
    void addsMissingKeysAndKeepsCrlf() {
        String crlf = "+++\r\nid = \"x\"\r\n+++\r\nbody\r\n";
        String edited = new FrontMatterEditor(crlf)
                .setString("end_time", "2026-01-01T00:00:00Z")
                .text();
        assertThat(edited).isEqualTo("+++\r\nid = \"x\"\r\nend_time = \"2026-01-01T00:00:00Z\"\r\n+++\r\nbody\r\n");
    }

    @Test
    void quotesWhatNeedsQuoting() {
        assertThat(FrontMatterEditor.quote("a \"b\" \\ c\nd")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\"");
    }

    @Test
    void refusesFilesWithoutClosedFrontMatter() {
        assertThatThrownBy(() -> new FrontMatterEditor("# no front matter\n"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FrontMatterEditor("+++\nid = 1\n")).isInstanceOf(IllegalArgumentException.class);
    }
}
