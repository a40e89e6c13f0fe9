package org.sessionledger.web.session;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.git.CommitInfo;
import org.sessionledger.fs.git.GitHistory;
import org.sessionledger.fs.git.VersionReader;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.web.project.GitFeed;
import org.sessionledger.web.project.ProjectRuntime;

/**
 * A session's log as of a commit of a git project (read-only): the text of that version, its front matter and
 * entries as the reader reads them, and a unified diff from it to the log as it is now.
 */
public record SessionHistory(Provenance.CommitView commit, String log, Session session, String diff) {

    public static SessionHistory of(ProjectRuntime project, Session current, String commitId) {
        GitFeed feed = project.git()
                .orElseThrow(
                        () -> new NotFoundException("history of", current.id().value()));
        String logPath = current.directory() + "/" + SessionLayout.SESSION_LOG;
        try {
            GitHistory history = feed.workspace().history();
            CommitInfo commit = history.commit(commitId).orElseThrow(() -> new NotFoundException("commit", commitId));
            byte[] then = history.fileAt(commit.id(), logPath)
                    .orElseThrow(
                            () -> new NotFoundException("log of " + current.id().value() + " in commit", commitId));
            byte[] now = Files.readAllBytes(project.root().resolve(logPath));
            Session parsed = VersionReader.read(current.directory(), then, project.settings());
            return new SessionHistory(
                    Provenance.CommitView.of(commit, ""),
                    new String(then, StandardCharsets.UTF_8),
                    parsed,
                    GitHistory.diff(SessionLayout.SESSION_LOG, then, now));
        } catch (IOException e) {
            throw new NotFoundException("log of " + current.id().value() + " in commit", commitId);
        }
    }

    /** Whether the version differs from the current log. */
    public boolean changed() {
        return !diff.isBlank() && diff.lines().count() > 2;
    }
}
