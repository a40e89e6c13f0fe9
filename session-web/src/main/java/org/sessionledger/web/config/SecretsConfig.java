package org.sessionledger.web.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import java.util.Optional;

/** Credentials in the files: known test values that are not reported (besides the workspace's allow file). */
@ConfigMapping(prefix = "sessions.secrets")
public interface SecretsConfig {

    /** Values, or the fingerprints the findings page shows, that are known test values. */
    Optional<List<String>> allow();
}
