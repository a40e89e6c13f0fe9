package org.sessionledger.fs.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.error.ReadOnlyException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.session.SessionReader;

/** Writes never go through a symbolic link: not out of the workspace, not onto another file inside it. */
class SymlinkWritesTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path temp;

    private Path workspace;
    private Path outside;
    private SessionWriter writer;
    private Path dir;

    @BeforeEach
    void session() throws IOException {
        workspace = Files.createDirectories(temp.resolve("workspace"));
        outside = Files.createDirectories(temp.resolve("outside"));
        writer = new SessionWriter(FsSettings.of(workspace));
        dir = writer.initiate("Links", "tester", "tester", T0).sessionDir();
    }

    @Test
    void aNotesFolderLinkedOutsideGetsNoNote() throws IOException {
        Path notes = dir.resolve("artifacts/notes");
        deleteTree(notes);
        Files.createSymbolicLink(notes, outside);
        byte[] log = Files.readAllBytes(dir.resolve("session_log.md"));

        assertThatThrownBy(() -> writer.createArtifact(dir, ArtifactCategory.NOTES, "escape", "text", "eve", T0))
                .isInstanceOf(ReadOnlyException.class)
                .hasMessageContaining("artifacts/notes")
                .hasMessageContaining("symbolic link");

        assertThat(listing(outside)).isEmpty();
        assertThat(Files.readAllBytes(dir.resolve("session_log.md"))).isEqualTo(log);
        assertThat(new SessionReader(FsSettings.of(workspace)).read(dir).diagnostics())
                .anySatisfy(d -> assertThat(d.kind()).isEqualTo(DiagnosticKind.READ_ONLY));
    }

    @Test
    void aSummariesFolderLinkedOutsideGetsNoHandoffPacket() throws IOException {
        Path summaries = dir.resolve("artifacts/summaries");
        deleteTree(summaries);
        Files.createSymbolicLink(summaries, outside);

        assertThatThrownBy(() -> new HandoffWriter(writer).handoff(dir, "ann", "lee", "over", Optional.empty(), T0))
                .isInstanceOf(ReadOnlyException.class);

        assertThat(listing(outside)).isEmpty();
        assertThat(writer.read(dir).extra()).containsEntry("owner", "tester");
    }

    @Test
    void aLogLinkedToAnOutsideFileIsNeitherReadNorReplaced() throws IOException {
        Path log = dir.resolve("session_log.md");
        Path secret = outside.resolve("secret.md");
        String secretText = "+++\nid = \"x\"\ntitle = \"outside\"\nstatus = \"active\"\n+++\nsecret line\n";
        Files.writeString(secret, secretText);
        Files.delete(log);
        Files.createSymbolicLink(log, secret);

        assertThatThrownBy(() -> writer.transition(dir, Transition.PAUSE, "eve", "x", Optional.empty(), T0))
                .isInstanceOf(ReadOnlyException.class);
        assertThatThrownBy(() -> writer.appendEntry(dir, "eve", "hello", Optional.empty(), T0))
                .isInstanceOf(ReadOnlyException.class);

        assertThat(Files.isSymbolicLink(log)).isTrue();
        assertThat(Files.readString(secret)).isEqualTo(secretText);
    }

    @Test
    void aLogLinkedToAnotherFileInsideTheWorkspaceIsReadOnly() throws IOException {
        Path log = dir.resolve("session_log.md");
        Path other = workspace.resolve("other.md");
        Files.move(log, other);
        Files.createSymbolicLink(log, other);
        byte[] before = Files.readAllBytes(other);

        assertThatThrownBy(() -> writer.appendEntry(dir, "eve", "hello", Optional.empty(), T0))
                .isInstanceOf(ReadOnlyException.class);

        assertThat(Files.readAllBytes(other)).isEqualTo(before);
        assertThat(new SessionReader(FsSettings.of(workspace)).read(dir).diagnostics())
                .anySatisfy(d -> assertThat(d.kind()).isEqualTo(DiagnosticKind.READ_ONLY));
    }

    @Test
    void aLockFileLinkedOutsideCreatesNothingThere() throws IOException {
        Path target = outside.resolve("created-by-lock");
        Files.deleteIfExists(dir.resolve(SessionLock.LOCK_FILE));
        Files.createSymbolicLink(dir.resolve(SessionLock.LOCK_FILE), target);

        assertThatThrownBy(() -> writer.appendEntry(dir, "eve", "hello", Optional.empty(), T0))
                .isInstanceOf(ReadOnlyException.class);

        assertThat(target).doesNotExist();
    }

    @Test
    void aSessionFolderOrSessionRootLinkIsNotWrittenThrough() throws IOException {
        Path sessions = workspace.resolve(".roo/commander/sessions");
        Path moved = Files.move(sessions, outside.resolve("sessions"));
        Files.createSymbolicLink(sessions, moved);
        Path linked = sessions.resolve(dir.getFileName());
        byte[] before = Files.readAllBytes(moved.resolve(dir.getFileName()).resolve("session_log.md"));

        assertThatThrownBy(() -> writer.appendEntry(linked, "eve", "hello", Optional.empty(), T0))
                .isInstanceOf(ReadOnlyException.class);
        assertThatThrownBy(() -> writer.initiate("Another", "tester", "eve", T0))
                .isInstanceOf(ReadOnlyException.class);

        assertThat(Files.readAllBytes(moved.resolve(dir.getFileName()).resolve("session_log.md")))
                .isEqualTo(before);
        try (Stream<Path> sessionsOutside = Files.list(moved)) {
            assertThat(sessionsOutside).hasSize(1);
        }
    }

    private static java.util.List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
