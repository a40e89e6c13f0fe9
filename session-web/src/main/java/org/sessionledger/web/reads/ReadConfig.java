package org.sessionledger.web.reads;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The record of who read what. */
@ConfigMapping(prefix = "sessions.reads")
public interface ReadConfig {

    /** Whether reads are recorded (turned off only to measure what the record costs). */
    @WithDefault("true")
    boolean enabled();

    /** How long rows are kept; older ones are removed once a day (at least a day is kept). */
    @WithDefault("365d")
    Duration retention();

    /** How often the queued rows are written (in one batch). */
    @WithDefault("250ms")
    Duration flushInterval();
}
