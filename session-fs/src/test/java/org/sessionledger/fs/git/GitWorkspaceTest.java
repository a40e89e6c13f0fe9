package org.sessionledger.fs.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessionledger.testkit.GitRepos.git;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.project.GitCredentials;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.testkit.GitDaemon;
import org.sessionledger.testkit.GitHttpServer;
import org.sessionledger.testkit.GitRepos;

@EnabledIf("org.sessionledger.testkit.GitRepos#available")
class GitWorkspaceTest {

    @TempDir
    Path dir;

    private GitFixture fixture;

    @BeforeEach
    void remote() throws IOException {
        fixture = new GitFixture(dir);
    }

    @Test
    void aCloneChecksOutTheSessionAndTaskFilesOnlyAndReadsAsTheFolderDoes() throws IOException {
        try (GitWorkspace server = fixture.open()) {
            GitSyncResult first = server.update();
            assertThat(first.full()).isTrue();
            Path work = server.workRoot();
            assertThat(work.resolve(GitFixture.LOG)).exists();
            assertThat(work.resolve("src/Main.java")).doesNotExist();
            assertThat(work.resolve("README.md")).doesNotExist();
            Path folder = dir.resolve("folder");
            ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), folder);
            WorkspaceScan fromGit = new WorkspaceScanner(FsSettings.of(work)).scan();
            WorkspaceScan fromFolder = new WorkspaceScanner(FsSettings.of(folder)).scan();
            assertThat(ids(fromGit)).isEqualTo(ids(fromFolder));
            assertThat(fromGit.tasks()).hasSameSizeAs(fromFolder.tasks());
            // nothing new: nothing changes
            GitSyncResult again = server.update();
            assertThat(again.moved()).isFalse();
            assertThat(again.changed()).isEmpty();
        }
    }

    @Test
    void aFetchChecksOutOnlyThePathsThatChanged() throws IOException {
        try (GitWorkspace server = fixture.open()) {
            server.update();
            Path other = fixture.otherMachine("lee");
            GitRepos.append(other.resolve(GitFixture.LOG), "- [2025-07-21 09:00:00] `dev` pushed from elsewhere\n");
            GitRepos.write(other.resolve("src/Other.java"), "class Other {}\n");
            GitRepos.commitAll(other, "More work", "Lee", "lee@example.org");
            git(other, "push", "-q", "origin", "main");

            GitSyncResult next = server.update();
            assertThat(next.full()).isFalse();
            assertThat(next.changed()).containsExactly(GitFixture.LOG);
            assertThat(Files.readString(server.workRoot().resolve(GitFixture.LOG)))
                    .contains("pushed from elsewhere");
            assertThat(server.workRoot().resolve("src")).doesNotExist();
        }
    }

    @Test
    void aForcePushThatRewritesHistoryChecksOutEverythingAndLeavesNothingStale() throws IOException {
        try (GitWorkspace server = fixture.open()) {
            server.update();
            Path other = fixture.otherMachine("rewriter");
            git(other, "reset", "-q", "--hard", "HEAD~1"); // back to the code alone
            GitRepos.write(
                    other.resolve(".ruru/sessions/SESSION-Rewritten-20260101-000000/session_log.md"),
                    "+++\nid = \"SESSION-Rewritten-20260101-000000\"\ntitle = \"Rewritten\"\nstatus = \"active\"\n+++\n");
            GitRepos.commitAll(other, "Rewrite", "Rewriter", "r@example.org");
            git(other, "push", "-q", "--force", "origin", "main");

            GitSyncResult next = server.update();
            assertThat(next.full()).isTrue();
            assertThat(server.workRoot().resolve(GitFixture.LOG)).doesNotExist();
            assertThat(server.workRoot().resolve(".roo")).doesNotExist();
            WorkspaceScan scan = new WorkspaceScanner(FsSettings.of(server.workRoot())).scan();
            assertThat(ids(scan)).containsExactly("SESSION-Rewritten-20260101-000000");
            assertThat(scan.tasks()).isEmpty();
        }
    }

    @Test
    void aShallowCloneHoldsOnlyItsDepthAndMarksItsBoundary() throws IOException {
        try (GitWorkspace server = fixture.open(fixture.fileUrl(), 1, new GitCredentials.None())) {
            server.update();
            ObjectId head = server.head().orElseThrow();
            Map<String, CommitInfo> last = server.history().lastChanges(head, null, p -> true);
            assertThat(last).containsKey(GitFixture.LOG);
            assertThat(last.get(GitFixture.LOG).boundary()).isTrue();
            assertThat(server.history().commitsOf(head, GitFixture.LOG, 10)).hasSize(1);
        }
    }

    @Test
    void theGitProtocolOverLoopbackClonesAndFetches() throws IOException {
        try (GitDaemon daemon = GitDaemon.serve(fixture.bare.getParent());
                GitWorkspace server = fixture.open(daemon.url("team.git"), 50, new GitCredentials.None())) {
            assertThat(server.update().changed()).contains(GitFixture.LOG);
            Path other = fixture.otherMachine("kim");
            GitRepos.append(other.resolve(GitFixture.OTHER_LOG), "- [2025-11-20 10:00:00] more\n");
            GitRepos.commitAll(other, "Kim's entry", "Kim", "kim@example.org");
            git(other, "push", "-q", "origin", "main");
            assertThat(server.update().changed()).containsExactly(GitFixture.OTHER_LOG);
        }
    }

    @Test
    void httpsWithTheRightTokenClonesAndABadTokenIsReportedAsSuch() throws IOException {
        try (GitHttpServer http = GitHttpServer.serve(fixture.bare.getParent(), "ci", "s3cret")) {
            try (GitWorkspace good = fixture.open(http.url("team.git"), 5, new GitCredentials.Token("ci", "s3cret"))) {
                assertThat(good.update().changed()).contains(GitFixture.LOG);
            }
            GitWorkspace bad = GitWorkspace.open(
                    dir.resolve("bad"),
                    new GitRemote(
                            new org.sessionledger.domain.project.ProjectSource.Git(
                                    http.url("team.git"), "main", 5, null, new GitCredentials.Token("ci", "wrong")),
                            java.time.Duration.ofSeconds(10),
                            dir.resolve("ssh")),
                    SessionPathFilter.of(FsSettings.of(dir)));
            try (bad) {
                assertThatThrownBy(bad::update)
                        .isInstanceOf(IOException.class)
                        .hasMessageContaining("Cannot fetch")
                        .hasMessageContaining("not authorized")
                        .hasMessageNotContaining("wrong");
            }
        }
    }

    @Test
    void anUnreachableRemoteOrAMissingBranchIsAnErrorThatChangesNothing() throws IOException {
        try (GitWorkspace server = fixture.open("git://127.0.0.1:1/none.git", 1, new GitCredentials.None())) {
            assertThatThrownBy(server::update).isInstanceOf(IOException.class).hasMessageContaining("Cannot fetch");
            assertThat(server.head()).isEmpty();
        }
        try (GitWorkspace server = GitWorkspace.open(
                dir.resolve("branchless"),
                new GitRemote(
                        new org.sessionledger.domain.project.ProjectSource.Git(
                                fixture.fileUrl(), "nope", 1, null, null),
                        java.time.Duration.ofSeconds(10),
                        dir.resolve("ssh")),
                SessionPathFilter.of(FsSettings.of(dir)))) {
            assertThatThrownBy(server::update).isInstanceOf(IOException.class);
            assertThat(server.head()).isEmpty();
        }
    }

    private static java.util.List<String> ids(WorkspaceScan scan) {
        return scan.sessions().stream().map(s -> s.id().value()).sorted().toList();
    }
}
