package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.FsSettings;

/** Task files outside the task folders are found through the sessions that name them by path. */
class ReferencedTaskFilesTest {

    @TempDir
    Path root;

    @Test
    void findsTheTaskFilesSessionsNameByPathAndNothingElse() throws IOException {
        Path session = Files.createDirectories(root.resolve(".roo/commander/sessions/SESSION-X-20250101-000000"));
        Files.writeString(session.resolve("session_log.md"), """
                +++
                id = "SESSION-X-20250101-000000"
                title = "X"
                status = "🟢 Active"
                start_time = "2025-01-01 00:00:00"
                related_tasks = ["TASK-ID-ONLY", "docs/TASK-ODD-1.md", "docs/TASK-MISSING-2.md"]
                related_artifacts = ["artifacts/notes/NOTE-a.md", "../../../../plans/TASK-PLAN-3.md"]
                +++

                # Session log
                """);
        Files.createDirectories(session.resolve("artifacts/notes"));
        Files.writeString(session.resolve("artifacts/notes/NOTE-a.md"), "# A\n");
        Path odd = write("docs/TASK-ODD-1.md");
        Path plan = write("plans/TASK-PLAN-3.md");
        WorkspaceScanner scanner = new WorkspaceScanner(FsSettings.of(root));

        assertThat(scanner.referencedTaskFiles(scanner.scan().sessions())).containsExactly(odd, plan);
        assertThat(scanner.scan().tasks()).extracting(t -> t.id()).contains("TASK-ODD-1", "TASK-PLAN-3");
    }

    private Path write(String relative) throws IOException {
        Path file = root.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "+++\nid = \"" + file.getFileName().toString().replace(".md", "")
                        + "\"\ntitle = \"T\"\nstatus = \"🟡 To Do\"\n+++\n\n# T\n");
        return file;
    }
}
