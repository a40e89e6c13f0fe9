package org.sessionledger.web.project;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Projects configured by the operator ({@code sessions.projects.<name>.path=…} for a folder,
 * {@code sessions.projects.<name>.git-url=…} for a repository). Admins add more in the UI and the API; those are
 * stored in PostgreSQL. {@code sessions.fs.root} (or {@code ./run <folder>}) is one more, named after its folder.
 */
@ConfigMapping(prefix = "sessions.projects")
public interface ProjectsConfig {

    @WithParentName
    Map<String, Entry> entries();

    /** One configured project. */
    interface Entry {

        /** What pages call it; its name when unset. */
        Optional<String> title();

        /** A folder on the server's disk. */
        Optional<Path> path();

        /** A git repository to clone (https://, ssh://, git://, file://). */
        Optional<String> gitUrl();

        /** The branch shown and written to. */
        @WithDefault("main")
        String branch();

        /** How many commits the clone holds (0: all). */
        OptionalInt depth();

        /** How often the remote is fetched. */
        @WithDefault("60s")
        Duration fetchInterval();

        /** The user name sent with the token (most hosts take any). */
        Optional<String> username();

        /** An HTTPS token (better: {@code token-file}, or the environment). */
        Optional<String> token();

        /** A file holding the HTTPS token. */
        Optional<Path> tokenFile();

        /** An SSH private key file. */
        Optional<Path> sshKeyFile();

        /** The secret that authenticates the push webhook ({@code POST /api/projects/<name>/hooks/push}). */
        Optional<String> hookSecret();

        /**
         * Whether anonymous visitors may read the project. Unset: what an admin set on its members page (off at
         * first). Set, it is applied at every start.
         */
        Optional<Boolean> publicRead();

        /** Refuse writes even with push access. */
        @WithDefault("false")
        boolean readOnly();
    }
}
