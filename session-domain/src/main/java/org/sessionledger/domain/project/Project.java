package org.sessionledger.domain.project;

import java.util.Objects;

/**
 * A project: a workspace of sessions and tasks, shown and indexed on its own.
 *
 * @param ref its name
 * @param title what pages call it
 * @param source where its files come from
 * @param readOnly whether writes are refused (a git project without push access is always read-only)
 */
public record Project(ProjectRef ref, String title, ProjectSource source, boolean readOnly) {

    public Project {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(source, "source");
        title = title == null || title.isBlank() ? ref.name() : title.strip();
        if (source instanceof ProjectSource.Git git && !canPush(git)) {
            readOnly = true;
        }
    }

    public String name() {
        return ref.name();
    }

    public boolean isGit() {
        return source instanceof ProjectSource.Git;
    }

    /** Local remotes (file://, a path) and git:// need no credentials to push; others do. */
    private static boolean canPush(ProjectSource.Git git) {
        String url = git.url();
        return git.credentials().canPush() || url.startsWith("file:") || url.startsWith("git://");
    }
}
