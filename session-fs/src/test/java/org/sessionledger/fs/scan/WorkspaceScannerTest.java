package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sessionledger.testkit.FixtureNames.*;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.task.TaskShape;
import org.sessionledger.domain.task.TaskStatus;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;

class WorkspaceScannerTest {

    @TempDir
    static Path dir;

    static WorkspaceScan scan;

    @BeforeAll
    static void scanFixture() throws IOException {
        ResourceTrees.copy(FixtureNames.location(WORKSPACE), dir);
        scan = new WorkspaceScanner(FsSettings.of(dir)).scan();
    }

    @Test
    void findsSessionsUnderAllThreeRoots() {
        assertThat(scan.sessions())
                .extracting(s -> s.id().value())
                .containsExactlyInAnyOrder(
                        V2_SESSION,
                        V8_SESSION,
                        V5_SESSION,
                        BROKEN_TOML_SESSION,
                        NO_FRONT_MATTER_SESSION,
                        UNCLOSED_SESSION,
                        XSS_SESSION);
        assertThat(session(V8_SESSION).directory()).isEqualTo(".mdtm/sessions/" + V8_SESSION);
        assertThat(session(V5_SESSION).directory()).startsWith(".ruru/sessions/");
    }

    @Test
    void readsTheV2SessionCompletely() {
        Session s = session(V2_SESSION);
        assertThat(s.title()).isEqualTo("Build the ledger prototype");
        assertThat(s.status()).contains(SessionStatus.ACTIVE);
        assertThat(s.statusText()).isEqualTo("🟢 Active");
        assertThat(s.start().instant()).contains(Instant.parse("2025-07-20T10:30:00Z"));
        assertThat(s.end().isPresent()).isFalse();
        assertThat(s.coordinator()).isEqualTo("roo-commander");
        assertThat(s.relatedTasks()).containsExactly(MAIN_TASK, SUB_TASK);
        assertThat(s.tags()).containsExactly("ledger", "prototype");
        assertThat(s.extra()).containsEntry("reviewer", "dana");
        assertThat(s.entries()).hasSize(7);
        assertThat(s.entries().get(4).text())
                .startsWith("dev-java: Heading-style entry")
                .contains("Text under the heading");
        assertThat(scan.diagnosticsUnder(s.directory())).isEmpty();
    }

    @Test
    void separatesScaffoldFromContentAndCategorisesEveryLayout() {
        Session v2 = session(V2_SESSION);
        assertThat(v2.artifacts()).filteredOn(Artifact::scaffold).hasSize(14);
        assertThat(v2.contentArtifacts())
                .extracting(Artifact::path, Artifact::category)
                .containsExactly(
                        tuple("artifacts/blockers/BLOCKER-no_docker-2507201210.md", ArtifactCategory.BLOCKERS),
                        tuple(
                                "artifacts/design_outputs/LEDGER/DESIGN-schema-2507201100.md",
                                ArtifactCategory.DESIGN_OUTPUTS),
                        tuple("artifacts/docs/vertex/explanations/20250720-embedding-notes.md", ArtifactCategory.DOCS),
                        tuple("artifacts/notes/NOTE-initial_plan-2507201031.md", ArtifactCategory.NOTES),
                        tuple("artifacts/questions/QUESTION-open_points-2507201200.md", ArtifactCategory.QUESTIONS));
        assertThat(v2.contentArtifacts().get(3).title()).isEqualTo("Initial plan");
        assertThat(session(V8_SESSION).contentArtifacts())
                .extracting(Artifact::path, Artifact::category)
                .contains(tuple("learnings/LEARNING-tables-2511191200.md", ArtifactCategory.LEARNINGS));
        assertThat(session(V5_SESSION).contentArtifacts())
                .extracting(Artifact::path)
                .containsExactly("artifacts/CONFIRM-docs-pack-20250503002700.md");
    }

    @Test
    void readsOlderKeyNamesAndStatusForms() {
        Session v5 = session(V5_SESSION);
        assertThat(v5.declaredId()).contains(V5_SESSION);
        assertThat(v5.title()).isEqualTo("Pack the documentation folder");
        assertThat(v5.status()).contains(SessionStatus.COMPLETED);
        assertThat(v5.coordinator()).isEqualTo("roo-commander");
        assertThat(v5.start().instant()).contains(Instant.parse("2025-05-02T14:25:35Z"));
        assertThat(v5.extra()).containsEntry("tokens", "84117");
        assertThat(v5.entries()).hasSize(2);
        Session v8 = session(V8_SESSION);
        assertThat(v8.status()).contains(SessionStatus.COMPLETED);
        assertThat(v8.end().instant()).contains(Instant.parse("2025-11-19T15:02:10Z"));
        assertThat(v8.entries()).hasSize(5);
    }

    @Test
    void readsTasksInAllThreeShapes() {
        Task main = task(MAIN_TASK);
        assertThat(main.shape()).isEqualTo(TaskShape.TOML);
        assertThat(main.status()).contains(TaskStatus.IN_PROGRESS);
        assertThat(main.checklist().done()).isEqualTo(3);
        assertThat(main.checklist().total()).isEqualTo(4);
        assertThat(main.entries()).hasSize(2);
        assertThat(main.sessionId()).contains(V2_SESSION);
        Task yaml = task(YAML_TASK);
        assertThat(yaml.shape()).isEqualTo(TaskShape.YAML);
        assertThat(yaml.status()).contains(TaskStatus.DONE);
        assertThat(yaml.tags()).containsExactly("modes", "refinement");
        assertThat(yaml.relatedDocs()).hasSize(2);
        Task bold = task(BOLD_TASK);
        assertThat(bold.shape()).isEqualTo(TaskShape.BOLD_LINES);
        assertThat(bold.title()).isEqualTo("Sub-Task: Refine one mode");
        assertThat(bold.status()).contains(TaskStatus.DONE);
        assertThat(bold.assignee()).isEqualTo("technical-writer");
        assertThat(bold.parent()).contains("project_journal/tasks/TASK-PM-20250413-090710.md");
        assertThat(bold.checklist()).extracting(c -> c.done() + "/" + c.total()).isEqualTo("2/3");
        Task dup = task(DUPLICATE_KEY_TASK);
        assertThat(dup.title()).isEqualTo("Copied from the generic template");
        assertThat(dup.status()).contains(TaskStatus.DONE);
    }

    @Test
    void resolvesLinksAndMarksTheDanglingOnes() {
        assertThat(scan.links())
                .contains(
                        new Link(LinkType.RELATED_TASK, NodeRef.session(V2_SESSION), NodeRef.task(MAIN_TASK), true),
                        new Link(LinkType.PARENT_TASK, NodeRef.task(SUB_TASK), NodeRef.task(MAIN_TASK), true),
                        new Link(LinkType.PARENT_TASK, NodeRef.task(BOLD_TASK), NodeRef.task(YAML_TASK), true),
                        new Link(
                                LinkType.DEPENDS_ON,
                                NodeRef.task(SUB_TASK),
                                NodeRef.task("TASK-NOWHERE-20990101-000000"),
                                false),
                        new Link(
                                LinkType.RELATED_ARTIFACT,
                                NodeRef.session(V2_SESSION),
                                NodeRef.artifact(".roo/commander/sessions/" + V2_SESSION
                                        + "/artifacts/design_outputs/LEDGER/DESIGN-schema-2507201100.md"),
                                true),
                        new Link(LinkType.TASK_SESSION, NodeRef.task(MAIN_TASK), NodeRef.session(V2_SESSION), true),
                        new Link(LinkType.LOG_MENTION, NodeRef.session(V2_SESSION), NodeRef.task(MAIN_TASK), true));
        assertThat(scan.links())
                .filteredOn(l -> l.type() == LinkType.OUTPUT_ARTIFACT)
                .extracting(l -> l.to().key(), Link::resolved)
                .containsExactly(tuple("src/reader/Reader.java", false), tuple("docs/reader.md", false));
    }

    @Test
    void reportsEveryBrokenCaseAsADiagnostic() {
        assertThat(kindsFor(BROKEN_TOML_SESSION))
                .contains(
                        DiagnosticKind.MALFORMED_TOML,
                        DiagnosticKind.UNKNOWN_STATUS,
                        DiagnosticKind.BAD_TIMESTAMP,
                        DiagnosticKind.ID_MISMATCH,
                        DiagnosticKind.DANGLING_ARTIFACT,
                        DiagnosticKind.DANGLING_TASK);
        assertThat(kindsFor(NO_FRONT_MATTER_SESSION)).contains(DiagnosticKind.MISSING_FRONT_MATTER);
        assertThat(kindsFor(UNCLOSED_SESSION)).contains(DiagnosticKind.UNCLOSED_FRONT_MATTER);
        assertThat(scan.diagnostics()).anySatisfy(d -> {
            assertThat(d.file()).endsWith(DUPLICATE_KEY_TASK + ".md");
            assertThat(d.kind()).isEqualTo(DiagnosticKind.DUPLICATE_KEY);
            assertThat(d.line()).isEqualTo(4);
        });
        Session broken = session(BROKEN_TOML_SESSION);
        assertThat(broken.title()).isEqualTo("Broken front matter");
        assertThat(broken.tags()).containsExactly("session", "log", "broken");
        assertThat(session(NO_FRONT_MATTER_SESSION).entries()).hasSize(1);
        assertThat(session(UNCLOSED_SESSION).title()).isEqualTo("Front matter never closed");
    }

    private java.util.List<DiagnosticKind> kindsFor(String sessionId) {
        return scan.diagnosticsUnder(session(sessionId).directory()).stream()
                .map(Diagnostic::kind)
                .toList();
    }

    private static Session session(String id) {
        Optional<Session> found = scan.session(id);
        assertThat(found).as("session %s", id).isPresent();
        return found.get();
    }

    private static Task task(String id) {
        Optional<Task> found = scan.task(id);
        assertThat(found).as("task %s", id).isPresent();
        return found.get();
    }
}
