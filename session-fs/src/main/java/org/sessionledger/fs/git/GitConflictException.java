package org.sessionledger.fs.git;

import java.io.IOException;
import java.util.List;

/**
 * A write that could not be pushed because the remote changed the same lines meanwhile: the server's commit was
 * undone and its files hold the remote's version.
 *
 * @see GitPublisher
 */
public final class GitConflictException extends IOException {

    private static final long serialVersionUID = 1L;

    private final List<String> paths;
    private final List<CommitInfo> remoteCommits;

    GitConflictException(List<String> paths, List<CommitInfo> remoteCommits) {
        super(message(paths, remoteCommits));
        this.paths = List.copyOf(paths);
        this.remoteCommits = List.copyOf(remoteCommits);
    }

    /** The files both sides changed. */
    public List<String> paths() {
        return paths;
    }

    /** The remote's commits since the one the write was made on, newest first. */
    public List<CommitInfo> remoteCommits() {
        return remoteCommits;
    }

    private static String message(List<String> paths, List<CommitInfo> commits) {
        StringBuilder s = new StringBuilder("The remote changed the same lines of ")
                .append(String.join(", ", paths))
                .append(" meanwhile");
        if (!commits.isEmpty()) {
            s.append(" (");
            for (int i = 0; i < Math.min(3, commits.size()); i++) {
                CommitInfo c = commits.get(i);
                s.append(i == 0 ? "" : "; ")
                        .append(c.shortId())
                        .append(" by ")
                        .append(c.authorName())
                        .append(": ")
                        .append(c.message());
            }
            s.append(commits.size() > 3 ? "; …)" : ")");
        }
        return s.append(". Nothing was written; the page shows the remote's version now.")
                .toString();
    }
}
