package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.fs.read.Problems;

class YamlFieldsTest {

    private final Problems problems = new Problems("task.md");

    @Test
    void readsScalarsListsBlockScalarsAndNestedMapsWithTheirLines() {
        Fields fields = YamlFields.parse("""
                id: TASK-PM-20250413-090710
                title: "Master Task: v7.0 Mode Refinement"
                status: ✅ Complete
                created_at: 2025-04-13T09:07:10+10:00
                related_docs:
                  - v7.0/plan.md
                  - "v7.0/org chart.md"
                tags: [a, "b c"]
                description: |
                  Line one.
                  Line two.
                estimate:
                  hours: 3
                  confidence: low
                empty:
                """, 2, problems);
        assertThat(fields.text(problems, "title")).contains("Master Task: v7.0 Mode Refinement");
        assertThat(fields.text(problems, "created_at")).contains("2025-04-13T09:07:10+10:00");
        assertThat(fields.list(problems, "related_docs")).containsExactly("v7.0/plan.md", "v7.0/org chart.md");
        assertThat(fields.list(problems, "tags")).containsExactly("a", "b c");
        assertThat(fields.text(problems, "description")).contains("Line one.\nLine two.");
        assertThat(fields.get("estimate").orElseThrow().asText()).isEqualTo("hours: 3\nconfidence: low");
        assertThat(fields.text(problems, "empty")).isEmpty();
        assertThat(fields.lineOf("status")).isEqualTo(4);
        assertThat(fields.lineOf("related_docs")).isEqualTo(6);
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void reportsInvalidYamlAndRecoversTheKeysLineByLine() {
        Fields fields = YamlFields.parse("""
                id: TASK-1
                title: Master Task: v7.0
                status: Done
                """, 2, problems);
        assertThat(fields.text(problems, "id")).contains("TASK-1");
        assertThat(fields.text(problems, "status")).contains("Done");
        assertThat(fields.text(problems, "title")).contains("Master Task: v7.0");
        assertThat(problems.all())
                .extracting(Diagnostic::kind, Diagnostic::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DiagnosticKind.MALFORMED_YAML, 3));
    }

    @Test
    void reportsDuplicateKeysKeepingTheFirst() {
        Fields fields = YamlFields.parse("id: A\nid: B\n", 1, problems);
        assertThat(fields.text(problems, "id")).contains("A");
        assertThat(problems.all()).extracting(Diagnostic::kind).containsExactly(DiagnosticKind.DUPLICATE_KEY);
    }

    @Test
    void constructsNoObjectsAndSurvivesAliasBombs() {
        Fields tagged = YamlFields.parse(
                "x: !!javax.script.ScriptEngineManager [!!java.net.URL [\"http://a\"]]\n", 1, problems);
        assertThat(tagged.has("x")).isTrue();
        String bomb = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\nc: &c [*b, *b, *b]\nd: &d [*c, *c, *c]\n"
                + "e: &e [*d, *d, *d]\nf: &f [*e, *e, *e]\ng: [*f, *f, *f]\n";
        YamlFields.parse(bomb, 1, new Problems("bomb.md"));
        YamlFields.parse("a: &a [*a]\n", 1, new Problems("self.md"));
        Fields notAMap = YamlFields.parse("- just\n- a list\n", 1, problems);
        assertThat(notAMap.asMap()).isEmpty();
    }
}
