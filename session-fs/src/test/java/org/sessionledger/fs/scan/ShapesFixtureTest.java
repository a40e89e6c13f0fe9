package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Checklist;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;

/** The shapes fixture, read whole: every shape the reader accepts, in one workspace written for it. */
class ShapesFixtureTest {

    @TempDir
    static Path root;

    private static WorkspaceScan scan;

    @BeforeAll
    static void scan() throws IOException {
        ResourceTrees.copy(FixtureNames.location(FixtureNames.SHAPES), root);
        scan = new WorkspaceScanner(FsSettings.of(root)).scan();
    }

    @Test
    void readsEveryEntryShapeWithItsLineTimeAndActor() {
        Session session = scan.session(FixtureNames.SHAPES_SESSION).orElseThrow();
        List<Integer> lines = new java.util.ArrayList<>();
        for (int line = 18; line <= 38; line++) {
            lines.add(line);
        }
        lines.addAll(List.of(40, 46, 53));
        assertThat(session.entries()).extracting(LogEntry::line).containsExactlyElementsOf(lines);
        assertThat(session.entries())
                .filteredOn(e -> e.line() < 35 || e.line() > 37)
                .allSatisfy(e ->
                        assertThat(e.time().instant()).as("line " + e.line()).isPresent());
        assertThat(entry(session, 29).time().instant()).contains(Instant.parse("2025-05-09T17:53:51Z"));
        assertThat(entry(session, 22).actor()).isEqualTo("framework-nextjs");
        assertThat(entry(session, 29).actor())
                .as("a named role the coordinator's slug stands for")
                .isEqualTo("roo-commander");
        assertThat(entry(session, 38).actor()).isEqualTo("dev-python");
        assertThat(entry(session, 46).actor()).isEqualTo("util-typescript");
        assertThat(entry(session, 38).text()).contains("- a nested bullet");
        LogEntry withParagraph = entry(session, 40);
        assertThat(withParagraph.lineAt(withParagraph.text().indexOf("日本語"))).isEqualTo(45);
        assertThat(entry(session, 53).textLine()).isEqualTo(55);
        assertThat(session.extra().keySet()).containsSubsequence("zeta_key", "alpha_key");
        assertThat(diagnostics(DiagnosticKind.BAD_TIMESTAMP))
                .extracting(Diagnostic::line)
                .containsExactly(35, 36, 37);
        assertThat(diagnostics(DiagnosticKind.MALFORMED_TOML))
                .extracting(Diagnostic::message)
                .singleElement()
                .asString()
                .contains("// TOML frontmatter");
    }

    @Test
    void readsRootsFrontMatterTasksAndChecklists() {
        Session lost = scan.session(FixtureNames.LOST_OPENING_SESSION).orElseThrow();
        assertThat(lost.title()).isEqualTo("A log whose opening line was lost");
        assertThat(lost.directory()).startsWith(".ruru/sessions/sessions/");
        assertThat(lost.entries()).hasSize(1);
        assertThat(diagnostics(DiagnosticKind.UNOPENED_FRONT_MATTER)).hasSize(1);
        assertThat(diagnostics(DiagnosticKind.STRAY_SESSION))
                .extracting(Diagnostic::file)
                .containsExactly("docs/examples/SESSION-Stray-20250603-120000");
        Task fix = scan.task(FixtureNames.LONG_NAMED_TASK).orElseThrow();
        assertThat(fix.checklist()).isEqualTo(new Checklist(1, 1, 3));
        assertThat(fix.entries()).singleElement().extracting(LogEntry::actor).isEqualTo("roo-commander");
        NodeRef session = NodeRef.session(FixtureNames.SHAPES_SESSION);
        assertThat(scan.links())
                .contains(
                        new Link(LinkType.RELATED_TASK, session, NodeRef.task(FixtureNames.LONG_NAMED_TASK), true),
                        new Link(LinkType.TASK_SESSION, NodeRef.task(FixtureNames.LONG_NAMED_TASK), session, true));
        assertThat(diagnostics(DiagnosticKind.DANGLING_TASK)).isEmpty();
        assertThat(scan.task(FixtureNames.SHAPES_YAML_TASK).orElseThrow().title())
                .isEqualTo("Master Task: every shape");
        assertThat(diagnostics(DiagnosticKind.MALFORMED_YAML)).isEmpty();
    }

    private static LogEntry entry(Session session, int line) {
        return session.entries().stream()
                .filter(e -> e.line() == line)
                .findFirst()
                .orElseThrow();
    }

    private static List<Diagnostic> diagnostics(DiagnosticKind kind) {
        return scan.diagnostics().stream().filter(d -> d.kind() == kind).toList();
    }
}
