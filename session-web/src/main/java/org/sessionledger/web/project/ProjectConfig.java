package org.sessionledger.web.project;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** The project the workspace is shown as. */
@ConfigMapping(prefix = "sessions.project")
public interface ProjectConfig {

    /** The project's name; unset: {@code demo} for the demo workspace, else the workspace folder's name. */
    Optional<String> name();

    /**
     * Whether anonymous visitors may read the project. Unset: what an admin set on the members page (off at first; on
     * for the demo workspace). Set, it is applied at every start.
     */
    Optional<Boolean> publicRead();
}
