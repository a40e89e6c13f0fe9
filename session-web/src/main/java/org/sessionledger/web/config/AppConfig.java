package org.sessionledger.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where the application keeps what it can rebuild: the demo workspace, the index, the embedded database. */
@ConfigMapping(prefix = "sessions.app")
public interface AppConfig {

    /** The data directory; everything in it can be deleted and rebuilt from the workspace. */
    @WithDefault("${user.home}/.session-ledger")
    Path dataDir();
}
