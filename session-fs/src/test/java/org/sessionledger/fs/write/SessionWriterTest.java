package org.sessionledger.fs.write;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.error.ConflictException;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.EntryKind;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.scan.WorkspaceScanner;

class SessionWriterTest {

    private static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path workspace;

    private SessionWriter writer;
    private Path dir;

    @BeforeEach
    void initiate() throws IOException {
        writer = new SessionWriter(FsSettings.of(workspace));
        dir = writer.initiate("Ship the ledger: v1!", "roo-commander", "dana", T0)
                .sessionDir();
    }

    @Test
    void initiateWritesTheStandardLayout() {
        assertThat(dir.getFileName().toString()).isEqualTo("SESSION-Ship_the_ledger_v1-20260102-030405");
        assertThat(dir.getParent()).isEqualTo(workspace.resolve(".roo/commander/sessions"));
        Session s = writer.read(dir);
        assertThat(s.title()).isEqualTo("Ship the ledger: v1!");
        assertThat(s.status()).contains(SessionStatus.ACTIVE);
        assertThat(s.statusText()).isEqualTo("🟢 Active");
        assertThat(s.start().instant()).contains(T0);
        assertThat(s.extra()).containsEntry("owner", "dana");
        assertThat(s.entries()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(EntryKind.INITIATED);
            assertThat(e.actor()).isEqualTo("dana");
        });
        assertThat(s.artifacts()).hasSize(14).allMatch(Artifact::scaffold);
        var scan = new WorkspaceScanner(FsSettings.of(workspace)).scan();
        assertThat(scan.diagnostics()).isEmpty();
    }

    @Test
    void transitionsFollowTheLifecycle() throws IOException {
        writer.transition(dir, Transition.PAUSE, "dana", "lunch", Optional.empty(), T0.plusSeconds(60));
        Session paused = writer.read(dir);
        assertThat(paused.statusText()).isEqualTo("⏸️ Paused");
        assertThat(paused.end().instant()).contains(T0.plusSeconds(60));
        assertThat(paused.entries().get(1).kind()).isEqualTo(EntryKind.STATUS_CHANGE);
        assertThat(paused.entries().get(1).text()).contains("by `dana`: lunch");

        assertThatThrownBy(() -> writer.transition(dir, Transition.PAUSE, "dana", "", Optional.empty(), T0))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Cannot pause a session that is Paused.");

        writer.transition(dir, Transition.RESUME, "lee", "", Optional.empty(), T0.plusSeconds(120));
        assertThat(writer.read(dir).end().isPresent()).isFalse();
        writer.transition(dir, Transition.COMPLETE, "lee", "done", Optional.empty(), T0.plusSeconds(180));
        assertThat(writer.read(dir).status()).contains(SessionStatus.COMPLETED);
        assertThatThrownBy(() -> writer.transition(dir, Transition.RESUME, "lee", "", Optional.empty(), T0))
                .hasMessageContaining("completed sessions are closed");
    }

    @Test
    void keepsTheStatusStyleOfTheFile() throws IOException {
        Path log = dir.resolve("session_log.md");
        Files.writeString(log, Files.readString(log).replace("\"🟢 Active\"", "\"active\""));
        writer.transition(dir, Transition.PAUSE, "dana", "", Optional.empty(), T0);
        assertThat(Files.readString(log)).contains("status = \"paused\"");
    }

    @Test
    void refusesToOverwriteAFileThatChangedSinceItWasRead() throws IOException {
        Path log = dir.resolve("session_log.md");
        String read = AtomicFiles.hash(log);
        Files.writeString(log, Files.readString(log) + "- [2026-01-02 03:05:00] the agent wrote this\n");
        String now = AtomicFiles.hash(log);
        assertThatThrownBy(() -> writer.appendEntry(dir, "dana", "mine", Optional.of(read), T0))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.currentHash()).isEqualTo(now));
        assertThat(Files.readString(log)).contains("the agent wrote this").doesNotContain("mine");
        WriteResult ok = writer.appendEntry(dir, "dana", "mine", Optional.of(now), T0);
        assertThat(ok.beforeHash()).isEqualTo(now);
        assertThat(ok.afterHash()).isEqualTo(AtomicFiles.hash(log));
    }

    @Test
    void createsArtifactsAndHandsOff() throws IOException {
        writer.createArtifact(dir, ArtifactCategory.QUESTIONS, "which db", "# Which database?\n", "dana", T0);
        writer.createArtifact(
                dir, ArtifactCategory.NOTES, "plan", "# Plan\n\n- [x] read\n- [ ] write the packet\n", "dana", T0);
        WriteResult handoff = new HandoffWriter(writer)
                .handoff(dir, "dana", "lee", "over to you", Optional.empty(), T0.plusSeconds(5));
        Session s = writer.read(dir);
        assertThat(s.extra()).containsEntry("owner", "lee").containsKey("handoffs");
        assertThat(s.relatedArtifacts())
                .containsExactly(
                        "artifacts/questions/QUESTION-which_db-260102030405.md",
                        "artifacts/notes/NOTE-plan-260102030405.md",
                        "artifacts/summaries/HANDOFF-lee-260102030410.md");
        assertThat(s.entries()).last().satisfies(e -> assertThat(e.kind()).isEqualTo(EntryKind.HANDOFF));
        String packet = Files.readString(handoff.created().get(0));
        assertThat(packet)
                .contains("# Handoff: Ship the ledger: v1!")
                .contains("over to you")
                .contains("Which database?")
                .contains("- [ ] write the packet (NOTE-plan-260102030405.md)")
                .doesNotContain("- [ ] read");
        var scan = new WorkspaceScanner(FsSettings.of(workspace)).scan();
        assertThat(scan.diagnostics()).isEmpty();
    }
}
