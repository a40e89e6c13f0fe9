package org.sessionledger.fs.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;

/** Files no one should write, but someone will: a scan reports them and carries on. */
class HostileFilesTest {

    @TempDir
    Path workspace;

    @TempDir
    Path outside;

    @Test
    void binaryNonUtf8HugeAndEscapingFilesBecomeDiagnostics() throws IOException {
        Path root = Files.createDirectories(workspace.resolve(".ruru/sessions"));
        write(root.resolve("SESSION-Binary-2506050001/session_log.md"), new byte[] {'+', '+', '+', '\n', 0, 1, 2});
        write(
                root.resolve("SESSION-Latin1-2506050002/session_log.md"),
                "+++\ntitle = \"Caf\u00e9 notes\"\nstatus = \"Active\"\n+++\n".getBytes(StandardCharsets.ISO_8859_1));
        write(root.resolve("SESSION-Huge-2506050003/session_log.md"), new byte[4096]);
        Path secret = Files.writeString(outside.resolve("secret.md"), "+++\ntitle = \"secret\"\n+++\n");
        Path linked = Files.createDirectories(root.resolve("SESSION-Linked-2506050004"));
        Files.createSymbolicLink(linked.resolve("session_log.md"), secret);
        Files.createSymbolicLink(root.resolve("SESSION-Escape-2506050005"), outside);
        Files.createDirectories(linked.resolve("artifacts/notes"));
        Files.createSymbolicLink(linked.resolve("artifacts/notes/NOTE-leak.md"), secret);

        WorkspaceScan scan = new WorkspaceScanner(new FsSettings(workspace, 1024, 8)).scan();

        assertThat(kindOf(scan, "SESSION-Binary")).isEqualTo(DiagnosticKind.BINARY_FILE);
        assertThat(kindOf(scan, "SESSION-Latin1")).isEqualTo(DiagnosticKind.NOT_UTF8);
        assertThat(scan.session("SESSION-Latin1-2506050002"))
                .map(Session::title)
                .contains("Caf\u00e9 notes");
        assertThat(kindOf(scan, "SESSION-Huge")).isEqualTo(DiagnosticKind.TOO_LARGE);
        assertThat(scan.diagnostics())
                .filteredOn(d -> d.kind() == DiagnosticKind.SYMLINK_OUTSIDE)
                .extracting(Diagnostic::file)
                .containsExactlyInAnyOrder(
                        ".ruru/sessions/SESSION-Linked-2506050004/session_log.md",
                        ".ruru/sessions/SESSION-Linked-2506050004/artifacts/notes/NOTE-leak.md",
                        ".ruru/sessions/SESSION-Escape-2506050005");
        assertThat(scan.session("SESSION-Linked-2506050004")).get().satisfies(s -> {
            assertThat(s.title()).isEqualTo("SESSION-Linked-2506050004");
            assertThat(s.artifacts()).isEmpty();
        });
        assertThat(scan.sessions()).hasSize(4);
    }

    private static DiagnosticKind kindOf(WorkspaceScan scan, String sessionPrefix) {
        return scan.diagnostics().stream()
                .filter(d -> d.file().contains(sessionPrefix))
                .findFirst()
                .map(Diagnostic::kind)
                .orElseThrow();
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
    }
}
