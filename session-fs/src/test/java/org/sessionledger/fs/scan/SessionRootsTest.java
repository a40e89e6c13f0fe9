package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;

class SessionRootsTest {

    @TempDir
    Path root;

    @Test
    void readsForkRootsNestedSessionFoldersAndExtraRootsAndReportsStrayOnes() throws IOException {
        session(".roopm/sessions/SESSION-Fork-20250601-100000");
        session(".ruru/sessions/sessions/SESSION-Nested-20250601-110000");
        session(".roo/commander/sessions/archive/SESSION-Archived-20250601-120000");
        session("work/agent-sessions/SESSION-Extra-20250601-130000");
        session("docs/examples/SESSION-Stray-20250601-140000");
        FsSettings settings =
                new FsSettings(root, FsSettings.DEFAULT_MAX_FILE_BYTES, 16, List.of("work/agent-sessions/"));

        WorkspaceScan scan = new WorkspaceScanner(settings).scan();

        assertThat(scan.sessions())
                .extracting(Session::directory)
                .containsExactlyInAnyOrder(
                        ".roopm/sessions/SESSION-Fork-20250601-100000",
                        ".ruru/sessions/sessions/SESSION-Nested-20250601-110000",
                        ".roo/commander/sessions/archive/SESSION-Archived-20250601-120000",
                        "work/agent-sessions/SESSION-Extra-20250601-130000");
        assertThat(scan.diagnostics())
                .filteredOn(d -> d.kind() == DiagnosticKind.STRAY_SESSION)
                .extracting(Diagnostic::file)
                .containsExactly("docs/examples/SESSION-Stray-20250601-140000");
        assertThat(scan.diagnostics())
                .filteredOn(d -> d.kind() == DiagnosticKind.STRAY_SESSION)
                .first()
                .extracting(Diagnostic::message)
                .asString()
                .contains("not read")
                .contains("sessions.fs.extra-roots");
    }

    @Test
    void mapsAChangedFileToItsSessionFolderAtEitherDepth() throws IOException {
        session(".ruru/sessions/sessions/SESSION-Nested-20250601-110000");
        session(".ruru/sessions/SESSION-Top-20250601-110000");
        WorkspaceScanner scanner = new WorkspaceScanner(FsSettings.of(root));
        assertThat(scanner.sessionDirectoryOf(".ruru/sessions/sessions/SESSION-Nested-20250601-110000/notes/a.md"))
                .contains(".ruru/sessions/sessions/SESSION-Nested-20250601-110000");
        assertThat(scanner.sessionDirectoryOf(".ruru/sessions/SESSION-Top-20250601-110000/notes/a.md"))
                .contains(".ruru/sessions/SESSION-Top-20250601-110000");
        assertThat(scanner.sessionDirectoryOf(".ruru/sessions/sessions/SESSION-New-1/session_log.md"))
                .contains(".ruru/sessions/sessions/SESSION-New-1");
        assertThat(scanner.sessionDirectoryOf("docs/a.md")).isEmpty();
    }

    private void session(String dir) throws IOException {
        Path folder = Files.createDirectories(root.resolve(dir));
        String id = folder.getFileName().toString();
        Files.writeString(folder.resolve("session_log.md"), "+++\nid = \"" + id + "\"\ntitle = \"t\"\n+++\n");
    }
}
