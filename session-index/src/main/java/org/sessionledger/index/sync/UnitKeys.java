package org.sessionledger.index.sync;

import java.nio.file.Path;
import java.util.Optional;
import org.sessionledger.fs.layout.SessionLayout;

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

    /** The session directory (relative) a changed file belongs to, when it lies inside one. */
    public static Optional<String> sessionDirectoryOf(String relativePath) {
        for (String root : SessionLayout.SESSION_ROOTS) {
            String prefix = root + "/";
            if (relativePath.startsWith(prefix) && relativePath.length() > prefix.length()) {
                String rest = relativePath.substring(prefix.length());
                int slash = rest.indexOf('/');
                return Optional.of(prefix + (slash < 0 ? rest : rest.substring(0, slash)));
            }
        }
        return Optional.empty();
    }

    public static Path resolve(Path root, String key) {
        return root.resolve(path(key));
    }
}
