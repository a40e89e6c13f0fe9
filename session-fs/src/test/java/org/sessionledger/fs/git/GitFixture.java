package org.sessionledger.fs.git;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.sessionledger.domain.project.GitCredentials;
import org.sessionledger.domain.project.ProjectSource;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.testkit.GitRepos;

/** A bare repository holding the fixture workspace beside some code, and the server's clone of it. */
final class GitFixture {

    static final String LOG = ".roo/commander/sessions/" + FixtureNames.V2_SESSION + "/session_log.md";
    static final String OTHER_LOG = ".mdtm/sessions/" + FixtureNames.V8_SESSION + "/session_log.md";

    final Path dir;
    final Path bare;

    GitFixture(Path dir) throws IOException {
        this.dir = dir;
        Path content = dir.resolve("content");
        ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), content);
        this.bare = GitRepos.bareWith(content, dir.resolve("remotes/team.git"));
    }

    String fileUrl() {
        return bare.toUri().toString();
    }

    GitWorkspace open(String url, int depth, GitCredentials credentials) throws IOException {
        ProjectSource.Git source = new ProjectSource.Git(url, "main", depth, Duration.ofSeconds(60), credentials);
        return GitWorkspace.open(
                dir.resolve("server"),
                new GitRemote(source, Duration.ofSeconds(20), dir.resolve("ssh")),
                SessionPathFilter.of(FsSettings.of(dir)));
    }

    GitWorkspace open() throws IOException {
        return open(fileUrl(), 0, new GitCredentials.None());
    }

    /** Another machine's clone. */
    Path otherMachine(String name) {
        return GitRepos.cloneOf(fileUrl(), dir.resolve(name));
    }
}
