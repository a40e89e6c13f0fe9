package org.sessionledger.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits on what a write request may carry, checked before anything is written. */
@ConfigMapping(prefix = "sessions.write")
public interface WriteConfig {

    /** The largest text of one request field (a log entry, reason, note or artifact), in bytes of UTF-8. */
    @WithDefault("65536")
    int maxEntryBytes();
}
