package org.sessionledger.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** The mirrors of the files and how they are kept up to date. */
@ConfigMapping(prefix = "sessions.index")
public interface IndexConfig {

    /** Where the Lucene index lives; {@code <data-dir>/lucene} when unset. Disposable. */
    Optional<Path> directory();

    /** Watch the workspace and apply changes live. */
    @WithDefault("true")
    boolean watch();

    /** Quiet time after the last file event before a batch of changes is applied. */
    @WithDefault("100ms")
    Duration debounce();

    /**
     * How often the workspace is rescanned when some folders cannot be watched (the system's limit on watches, e.g.
     * {@code fs.inotify.max_user_watches}); a rescan waits at least four times as long as the last one took.
     */
    @WithDefault("60s")
    Duration rescanInterval();

    /**
     * Whether a full scan may trust a folder's modification time: a folder whose time is unchanged since it was last
     * listed has its recorded entries stat'ed without being listed again. Turn off on a file system that does not set
     * a folder's time when entries are added, removed or renamed in it.
     */
    @WithDefault("true")
    boolean trustFolderTimes();

    /** Drop both mirrors and rebuild them from the files at start-up (also: {@code --rebuild}). */
    @WithDefault("false")
    boolean rebuildOnStartup();
}
