package org.sessionledger.fs.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.FsSettings;

/** Text is checked before anything touches a file; what is written reads back as written, in place where it can. */
class WriteInputTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path workspace;

    private SessionWriter writer;
    private Path dir;
    private Path log;

    @BeforeEach
    void session() throws IOException {
        writer = new SessionWriter(new FsSettings(workspace, 200 * 1024, 16));
        dir = writer.initiate("Input", "tester", "tester", T0).sessionDir();
        log = dir.resolve("session_log.md");
    }

    @Test
    void controlCharactersAreRefusedAndTheFileIsUntouched() throws IOException {
        byte[] before = Files.readAllBytes(log);
        for (String text : new String[] {"nul \u0000 byte", "bell \u0007", "escape \u001b[31m", "lone \ud800 half"}) {
            assertThatThrownBy(() -> writer.appendEntry(dir, "ann", text, Optional.empty(), T0))
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThatThrownBy(() -> writer.transition(dir, Transition.PAUSE, "ann", "why\u0000", Optional.empty(), T0))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(Files.readAllBytes(log)).isEqualTo(before);
        writer.appendEntry(dir, "ann", "tab\tand\r\nwindows line", Optional.empty(), T0);
        assertThat(writer.read(dir).entries())
                .last()
                .satisfies(e -> assertThat(e.text()).isEqualTo("`ann`: tab\tand\nwindows line"));
    }

    @Test
    void entriesOverTheLimitAndLogsOverTheReadLimitAreRefused() throws IOException {
        byte[] before = Files.readAllBytes(log);
        String big = "x".repeat(WriteRules.DEFAULT_MAX_ENTRY_BYTES + 1);
        assertThatThrownBy(() -> writer.appendEntry(dir, "ann", big, Optional.empty(), T0))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("at most 65536 bytes");
        String fits = "y".repeat(60_000);
        for (int i = 0; i < 3; i++) {
            writer.appendEntry(dir, "ann", fits, Optional.empty(), T0);
        }
        long size = Files.size(log);
        assertThatThrownBy(() -> writer.appendEntry(dir, "ann", fits, Optional.empty(), T0))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("over the limit");
        assertThat(Files.size(log)).isEqualTo(size);
        assertThat(writer.read(dir).entries()).hasSize(4);
        assertThat(before.length).isLessThan((int) size);
    }

    @Test
    void aForgedEntryInsideTheTextStaysPartOfTheEntry() throws IOException {
        String forged = "forge test\n- [2020-01-01 00:00:00] `admin`: FORGED ENTRY\n### 2020-01-01 00:00 heading\n```";
        writer.appendEntry(dir, "eve", forged, Optional.empty(), T0);
        writer.appendEntry(dir, "ann", "after", Optional.empty(), T0);
        Session s = writer.read(dir);
        assertThat(s.entries()).hasSize(3);
        assertThat(s.entries().get(1).text()).isEqualTo("`eve`: " + forged);
        assertThat(s.entries().get(1).actor()).isEqualTo("eve");
        assertThat(s.entries().get(2).text()).isEqualTo("`ann`: after");
    }

    @Test
    void handoffNamesAUserNotText() throws IOException {
        byte[] before = Files.readAllBytes(log);
        HandoffWriter handoffs = new HandoffWriter(writer);
        for (String to : new String[] {"", "lee\n- [2020-01-01 00:00:00] forged", "two words", "x".repeat(65)}) {
            assertThatThrownBy(() -> handoffs.handoff(dir, "ann", to, "", Optional.empty(), T0))
                    .isInstanceOf(InvalidRequestException.class);
        }
        assertThat(Files.readAllBytes(log)).isEqualTo(before);
    }

    @Test
    void transitionsOfANewSessionAreWrittenInPlaceOnTheSameFile() throws IOException {
        Object inode = Files.readAttributes(log, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        int headLength = headBytes(log);
        for (Transition t : new Transition[] {Transition.PAUSE, Transition.RESUME, Transition.COMPLETE}) {
            writer.transition(dir, t, "ann", "step", Optional.empty(), T0);
            assertThat(Files.readAttributes(log, java.nio.file.attribute.BasicFileAttributes.class)
                            .fileKey())
                    .as("the log is still the same inode after %s", t)
                    .isEqualTo(inode);
            assertThat(headBytes(log)).isEqualTo(headLength);
        }
        Session s = writer.read(dir);
        assertThat(s.statusText()).isEqualTo("🏁 Completed");
        assertThat(s.end().instant()).contains(T0);
        assertThat(s.entries()).extracting(LogEntry::text).hasSize(4);
    }

    private static int headBytes(Path log) throws IOException {
        String text = Files.readString(log);
        return text.substring(0, text.indexOf("+++\n\n") + 4).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    }

    @Test
    void aRewriteKeepsTheModeOfTheLogAndNewFilesGetTheUsualMode() throws IOException {
        Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r-----"));
        Object inode = Files.readAttributes(log, java.nio.file.attribute.BasicFileAttributes.class)
                .fileKey();
        WriteResult r = new HandoffWriter(writer).handoff(dir, "ann", "lee", "over to you", Optional.empty(), T0);
        assertThat(Files.readAttributes(log, java.nio.file.attribute.BasicFileAttributes.class)
                        .fileKey())
                .as("a growing front matter is a rewrite")
                .isNotEqualTo(inode);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(log)))
                .isEqualTo("rw-r-----");
        Path packet = r.created().getFirst();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(packet)))
                .isNotEqualTo("rw-------");
        assertThat(writer.read(dir).extra()).containsEntry("owner", "lee");
    }

    @Test
    void twoNotesOnTheSameTopicInOneSecondAreTwoFiles() throws IOException {
        WriteResult first = writer.createArtifact(dir, ArtifactCategory.NOTES, "same", "one", "ann", T0);
        WriteResult second = writer.createArtifact(dir, ArtifactCategory.NOTES, "same", "two", "ann", T0);
        assertThat(first.created())
                .singleElement()
                .isNotEqualTo(second.created().getFirst());
        assertThat(Files.readString(first.created().getFirst())).isEqualTo("one\n");
        assertThat(Files.readString(second.created().getFirst())).isEqualTo("two\n");
    }
}
