package org.sessionledger.fs.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessionledger.testkit.GitRepos.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.write.SessionWriter;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.testkit.GitRepos;

@EnabledIf("org.sessionledger.testkit.GitRepos#available")
class GitPublisherTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");
    private static final String SESSION_DIR = ".roo/commander/sessions/" + FixtureNames.V2_SESSION;
    private static final PersonIdent DANA = new PersonIdent("Dana Scully", "dana@example.org");
    private static final PersonIdent SERVER = new PersonIdent("Session Ledger", "ledger@server.example");

    @TempDir
    Path dir;

    private GitFixture fixture;
    private GitWorkspace server;
    private SessionWriter writer;

    @BeforeEach
    void cloneTheRemote() throws IOException {
        fixture = new GitFixture(dir);
        server = fixture.open();
        server.update();
        writer = new SessionWriter(FsSettings.of(server.workRoot()));
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        server.close();
    }

    private GitPublisher.Published<?> logEntry(String text) throws IOException {
        Path session = server.workRoot().resolve(SESSION_DIR);
        return new GitPublisher(server)
                .write(
                        List.of(SESSION_DIR),
                        DANA,
                        SERVER,
                        "log: " + FixtureNames.V2_SESSION,
                        () -> writer.appendEntry(session, "dana", text, Optional.empty(), NOW));
    }

    @Test
    void aWriteIsCommittedWithTheUserAsAuthorAndPushed() throws IOException {
        GitPublisher.Published<?> published = logEntry("written on the server");
        assertThat(published.commit()).isPresent();
        assertThat(published.changed()).containsExactly(GitFixture.LOG);
        assertThat(git(fixture.bare, "log", "-1", "--format=%an <%ae>|%cn|%s", "main"))
                .isEqualTo("Dana Scully <dana@example.org>|Session Ledger|log: " + FixtureNames.V2_SESSION);
        assertThat(git(fixture.bare, "show", "main:" + GitFixture.LOG)).contains("written on the server");
        // only the log: no lock file, nothing else of the session folder
        assertThat(git(fixture.bare, "show", "--name-only", "--format=", "main"))
                .isEqualTo(GitFixture.LOG);
        assertThat(server.head().orElseThrow().name())
                .isEqualTo(published.commit().get());
    }

    @Test
    void whenTheRemoteMovedOnOtherLinesTheWriteIsRebasedAndPushed() throws IOException {
        Path other = fixture.otherMachine("agent-elsewhere");
        GitRepos.append(other.resolve(GitFixture.LOG), "- [2025-07-21 09:00:00] `dev` the agent's entry\n");
        GitRepos.append(other.resolve(GitFixture.OTHER_LOG), "- [2025-11-20 10:00:00] another session\n");
        GitRepos.commitAll(other, "Agent work", "Agent", "agent@example.org");
        git(other, "push", "-q", "origin", "main");

        GitPublisher.Published<?> published = logEntry("the server's entry");

        String log = git(fixture.bare, "show", "main:" + GitFixture.LOG);
        assertThat(log).contains("the agent's entry").contains("the server's entry");
        assertThat(log.indexOf("the agent's entry")).isLessThan(log.indexOf("the server's entry"));
        assertThat(git(fixture.bare, "log", "--format=%an", "main").lines().limit(2))
                .containsExactly("Dana Scully", "Agent");
        // the work tree holds what was pushed, the other session's change included
        assertThat(published.changed()).contains(GitFixture.LOG, GitFixture.OTHER_LOG);
        assertThat(Files.readString(server.workRoot().resolve(GitFixture.LOG))).isEqualTo(log + "\n");
        assertThat(Files.readString(server.workRoot().resolve(GitFixture.OTHER_LOG)))
                .contains("another session");
    }

    @Test
    void whenTheRemoteChangedTheSameLinesTheWriteIsUndoneAndTheConflictSaysWhat() throws IOException {
        Path other = fixture.otherMachine("editor-elsewhere");
        Path log = other.resolve(GitFixture.LOG);
        Files.writeString(log, Files.readString(log).replaceFirst("(?m)^status = .*$", "status = \"⚪ Completed\""));
        GitRepos.commitAll(other, "Complete it", "Lee Adama", "lee@example.org");
        git(other, "push", "-q", "origin", "main");
        String remoteHead = git(fixture.bare, "rev-parse", "main");

        Path session = server.workRoot().resolve(SESSION_DIR);
        assertThatThrownBy(() -> new GitPublisher(server)
                        .write(
                                List.of(SESSION_DIR),
                                DANA,
                                SERVER,
                                "pause",
                                () -> writer.transition(
                                        session, Transition.PAUSE, "dana", "lunch", Optional.empty(), NOW)))
                .isInstanceOfSatisfying(GitConflictException.class, e -> {
                    assertThat(e.paths()).containsExactly(GitFixture.LOG);
                    assertThat(e.remoteCommits())
                            .extracting(CommitInfo::authorName)
                            .containsExactly("Lee Adama");
                    assertThat(e.getMessage()).contains("Complete it").contains(GitFixture.LOG);
                });
        assertThat(git(fixture.bare, "rev-parse", "main")).isEqualTo(remoteHead);
        assertThat(Files.readString(server.workRoot().resolve(GitFixture.LOG)))
                .isEqualTo(git(fixture.bare, "show", "main:" + GitFixture.LOG) + "\n");
        assertThat(server.head().orElseThrow().name()).isEqualTo(remoteHead);
    }

    @Test
    void aPushThatCannotReachTheRemoteUndoesTheWrite() throws IOException {
        String before = Files.readString(server.workRoot().resolve(GitFixture.LOG));
        String head = server.head().orElseThrow().name();
        Files.move(fixture.bare, dir.resolve("gone.git"));
        assertThatThrownBy(() -> logEntry("lost in transit")).isInstanceOf(IOException.class);
        assertThat(Files.readString(server.workRoot().resolve(GitFixture.LOG))).isEqualTo(before);
        assertThat(server.head().orElseThrow().name()).isEqualTo(head);
    }

    @Test
    void aNewSessionIsCommittedWithItsScaffold() throws IOException {
        SessionWriter fresh = new SessionWriter(FsSettings.of(server.workRoot()));
        GitPublisher.Published<org.sessionledger.fs.write.WriteResult> published = new GitPublisher(server)
                .write(
                        FsSettings.of(server.workRoot()).sessionRoots(),
                        DANA,
                        SERVER,
                        "start",
                        () -> fresh.initiate("From the server", "roo-commander", "dana", NOW));
        String created =
                server.workRoot().relativize(published.value().sessionDir()).toString();
        assertThat(git(fixture.bare, "show", "--name-only", "--format=", "main"))
                .contains(created + "/session_log.md")
                .contains(created + "/notes/README.md")
                .doesNotContain(".session_log.lock");
    }

    @Test
    void appendsOnBothSidesMergeAndOtherwiseTheMergeIsLineByLine() throws IOException {
        byte[] base = "a\nb\nc\n".getBytes();
        assertThat(new String(Rebase.merge(base, "a\nb\nc\nt\n".getBytes(), "a\nb\nc\no\n".getBytes())
                        .orElseThrow()))
                .isEqualTo("a\nb\nc\nt\no\n");
        assertThat(new String(Rebase.merge(base, "A\nb\nc\n".getBytes(), "a\nb\nC\n".getBytes())
                        .orElseThrow()))
                .isEqualTo("A\nb\nC\n");
        assertThat(Rebase.merge(base, "a\nB\nc\n".getBytes(), "a\nX\nc\n".getBytes()))
                .isEmpty();
        assertThat(Rebase.merge(null, "new\n".getBytes(), "other\n".getBytes())).isEmpty();
    }
}
