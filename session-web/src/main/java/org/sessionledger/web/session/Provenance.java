package org.sessionledger.web.session;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.git.CommitInfo;
import org.sessionledger.fs.layout.SessionLayout;
import org.sessionledger.web.project.GitFeed;
import org.sessionledger.web.project.ProjectRuntime;
import org.sessionledger.web.project.ProjectScope;
import org.sessionledger.web.template.TemplateExtensions;

/**
 * Where a git project's session came from: the last commit that changed its log and each artifact, and the commits
 * that touched its log (each opening the session as of that commit). Empty for a folder project.
 */
public record Provenance(
        boolean git, Optional<CommitView> log, Map<String, CommitView> artifacts, List<CommitView> history) {

    /** Commits listed in a session's history at most. */
    static final int HISTORY = 50;

    public static final Provenance NONE = new Provenance(false, Optional.empty(), Map.of(), List.of());

    /** A commit as a page shows it, with the page of the session as of it. */
    public record CommitView(
            String id,
            String shortId,
            String author,
            String email,
            String at,
            String message,
            boolean boundary,
            String href) {

        public static CommitView of(CommitInfo c, String sessionHref) {
            return new CommitView(
                    c.id(),
                    c.shortId(),
                    c.authorName(),
                    c.authorEmail(),
                    c.at().toString(),
                    c.message(),
                    c.boundary(),
                    sessionHref + "/history/" + c.id());
        }
    }

    public static Provenance of(ProjectRuntime project, Session s) {
        Optional<GitFeed> feed = project.git();
        if (feed.isEmpty()) {
            return NONE;
        }
        String href = ProjectScope.base() + "/sessions/" + TemplateExtensions.segment(s.id().value());
        String logPath = s.directory() + "/" + SessionLayout.SESSION_LOG;
        Map<String, CommitView> artifacts = new LinkedHashMap<>();
        s.artifacts()
                .forEach(a -> feed.get()
                        .lastChange(s.directory() + "/" + a.path())
                        .ifPresent(c -> artifacts.put(a.path(), CommitView.of(c, href))));
        List<CommitView> history;
        try {
            history = feed.get().workspace().head().isEmpty()
                    ? List.of()
                    : feed
                            .get()
                            .workspace()
                            .history()
                            .commitsOf(feed.get().workspace().head().get(), logPath, HISTORY)
                            .stream()
                            .map(c -> CommitView.of(c, href))
                            .toList();
        } catch (IOException e) {
            history = List.of();
        }
        return new Provenance(
                true, feed.get().lastChange(logPath).map(c -> CommitView.of(c, href)), artifacts, history);
    }
}
