package org.sessionledger.index.sync;

import java.nio.file.Path;

/** Keys of indexing units: {@code session:<directory>} and {@code task:<file>}, both workspace-relative. */
public final class UnitKeys {

    public static final String SESSION = "session:";
    public static final String TASK = "task:";
    /** Diagnostics found while discovering units (unreadable roots, session folders without a log). */
    public static final String DISCOVERY = "discovery";

    private UnitKeys() {}

    public static String session(String directory) {
        return SESSION + directory;
    }

    public static String task(String path) {
        return TASK + path;
    }

    /** The relative path a key names. */
    public static String path(String key) {
        return key.substring(key.indexOf(':') + 1);
    }

    public static boolean isSession(String key) {
        return key.startsWith(SESSION);
    }

    public static Path resolve(Path root, String key) {
        return root.resolve(path(key));
    }
}
