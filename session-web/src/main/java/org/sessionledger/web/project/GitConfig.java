package org.sessionledger.web.project;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** How the server talks to git remotes and whom its commits name. */
@ConfigMapping(prefix = "sessions.git")
public interface GitConfig {

    /** The longest a fetch or push may take before it fails. */
    @WithDefault("60s")
    Duration timeout();

    /** The committer of every commit the server makes, as {@code Name <email>}; the host's name when unset. */
    Optional<String> committer();

    /** Authors by login name, as {@code Name <email>} (until accounts carry them). */
    Map<String, String> authors();

    /** The mail domain of authors not listed in {@code authors}: {@code <login>@<domain>}; the host's name when unset. */
    Optional<String> emailDomain();
}
