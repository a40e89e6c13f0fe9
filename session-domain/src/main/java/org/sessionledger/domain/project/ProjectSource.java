package org.sessionledger.domain.project;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** Where a project's files come from: a folder on the server's disk, or a git repository the server clones. */
public sealed interface ProjectSource {

    /** A folder on the server's disk, watched for changes (as a single workspace always was). */
    record Folder(Path root) implements ProjectSource {
        public Folder {
            root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
        }
    }

    /**
     * A git repository, cloned into the data directory and fetched every {@code fetchInterval} and on a push webhook.
     *
     * @param url what {@code git clone} takes: {@code https://…}, {@code ssh://…}, {@code git://…}, {@code file://…}
     * @param branch the branch shown and written to
     * @param depth how many commits the clone holds (0: all of them)
     * @param fetchInterval how often the remote is fetched
     * @param credentials how the server authenticates (none for public and local remotes)
     */
    record Git(String url, String branch, int depth, Duration fetchInterval, GitCredentials credentials)
            implements ProjectSource {

        public static final String DEFAULT_BRANCH = "main";
        public static final int DEFAULT_DEPTH = 50;
        public static final Duration DEFAULT_FETCH_INTERVAL = Duration.ofSeconds(60);

        public Git {
            url = Objects.requireNonNull(url, "url").strip();
            if (!isGitUrl(url)) {
                throw new IllegalArgumentException(
                        "A git URL starts with https://, http://, ssh://, git://, file:// or user@host: .");
            }
            branch = branch == null || branch.isBlank() ? DEFAULT_BRANCH : branch.strip();
            if (!branch.matches("[A-Za-z0-9._/-]{1,200}") || branch.contains("..") || branch.startsWith("/")) {
                throw new IllegalArgumentException("Not a branch name: " + branch);
            }
            if (depth < 0) {
                throw new IllegalArgumentException("The clone depth is 0 (all history) or more.");
            }
            fetchInterval = fetchInterval == null ? DEFAULT_FETCH_INTERVAL : fetchInterval;
            if (fetchInterval.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new IllegalArgumentException("The fetch interval is at least 1 s.");
            }
            credentials = credentials == null ? new GitCredentials.None() : credentials;
        }

        /** The URL with any password or token in it hidden, for pages and logs. */
        public String safeUrl() {
            return url.replaceAll("://[^/@]*@", "://***@");
        }

        static boolean isGitUrl(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            if (lower.matches("[a-z0-9._-]+@[a-z0-9.-]+:.+")) {
                return true; // scp-like ssh: git@host:team/repo.git
            }
            try {
                URI uri = URI.create(url);
                return Optional.ofNullable(uri.getScheme())
                        .map(s -> s.toLowerCase(Locale.ROOT))
                        .filter(s -> s.equals("https")
                                || s.equals("http")
                                || s.equals("ssh")
                                || s.equals("git")
                                || s.equals("file"))
                        .isPresent();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
    }
}
