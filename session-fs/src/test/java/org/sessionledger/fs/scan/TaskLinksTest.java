package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;

/** Task references as real files write them: longer ids, moved paths, sessions as parents, prose as dependencies. */
class TaskLinksTest {

    @TempDir
    Path root;

    @Test
    void resolvesReferencesByLongerNamesMovedPathsAndSessionParents() throws IOException {
        write(".mdtm/sessions/SESSION-Fix-20250602-150000/session_log.md", """
                +++
                id = "SESSION-Fix-20250602-150000"
                title = "Fix the dashboard"
                status = "🟢 Active"
                start_time = "2025-06-02 15:00:00"
                coordinator = "roo-commander"
                related_tasks = ["TASK-DEVPY-20250602-154200-FixDashboard"]
                +++
                - [2025-06-02 15:42:00] Delegated `TASK-DEVPY-20250602-154200-FixDashboard.md` to `dev-python`
                """);
        write(".ruru/tasks/DEV/TASK-DEVPY-20250602-154200-FixDashboard.md", """
                +++
                id = "TASK-DEVPY-20250602-154200"
                title = "Fix the dashboard"
                status = "🟡 To Do"
                parent_task = "SESSION-Fix-20250602-150000"
                depends_on = ["JWT authentication middleware", "TASK-DEVPY-20250602-150000 (schema first)"]
                +++
                """);
        write(".ruru/tasks/DEV/TASK-DEVPY-20250602-150000-Schema.md", """
                +++
                id = "TASK-DEVPY-20250602-150000"
                title = "Schema"
                status = "🟢 Done"
                parent_task_id = "project_journal/tasks/TASK-DEVPY-20250602-154200-FixDashboard.md"
                +++
                """);
        WorkspaceScan scan = new WorkspaceScanner(FsSettings.of(root)).scan();

        assertThat(scan.diagnostics())
                .filteredOn(d -> d.kind() == DiagnosticKind.DANGLING_TASK)
                .extracting(Diagnostic::message)
                .isEmpty();
        NodeRef session = NodeRef.session("SESSION-Fix-20250602-150000");
        NodeRef fix = NodeRef.task("TASK-DEVPY-20250602-154200");
        NodeRef schema = NodeRef.task("TASK-DEVPY-20250602-150000");
        assertThat(scan.links())
                .contains(
                        new Link(LinkType.RELATED_TASK, session, fix, true),
                        new Link(LinkType.LOG_MENTION, session, fix, true),
                        new Link(LinkType.TASK_SESSION, fix, session, true),
                        new Link(LinkType.DEPENDS_ON, fix, schema, true),
                        new Link(LinkType.PARENT_TASK, schema, fix, true));
        assertThat(scan.links()).noneMatch(l -> l.to().key().contains("JWT"));
    }

    @Test
    void aPlaceholderParentAndAnUnknownIdStayWhatTheyAre() throws IOException {
        write(".ruru/tasks/TASK-A-20250101-000000.md", """
                +++
                id = "TASK-A-20250101-000000"
                title = "A"
                parent_task = "[Parent MDTM Task ID]"
                depends_on = ["TASK-NOPE-20250101-000000"]
                +++
                """);
        WorkspaceScan scan = new WorkspaceScanner(FsSettings.of(root)).scan();
        assertThat(scan.diagnostics())
                .filteredOn(d -> d.kind() == DiagnosticKind.DANGLING_TASK)
                .extracting(Diagnostic::message)
                .containsExactly("depends_on names 'TASK-NOPE-20250101-000000', which no task file defines.");
    }

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
