package org.sessionledger.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.util.Optional;

/** Where the session files are and how they are read. */
@ConfigMapping(prefix = "sessions.fs")
public interface FsConfig {

    /** The workspace root (the folder holding {@code .roo/}, {@code .ruru/} or {@code .mdtm/}); a demo if unset. */
    Optional<Path> root();

    /** Files larger than this many bytes are not read; a diagnostic says so. */
    @WithDefault("8388608")
    long maxFileBytes();

    /** How deep the walk for task files descends. */
    @WithDefault("16")
    int maxDepth();

    /** More session roots, relative to the workspace root, besides the standard ones (comma-separated). */
    Optional<java.util.List<String>> extraRoots();
}
