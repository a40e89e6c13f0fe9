package org.sessionledger.fs;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the filesystem module, handed over by whoever configures the app.
 *
 * @param root the workspace root (the directory holding {@code .roo/}, {@code .ruru/} or {@code .mdtm/})
 * @param maxFileBytes files larger than this are not read; a diagnostic says so
 * @param maxDepth how deep the task walk descends below the root
 */
public record FsSettings(Path root, long maxFileBytes, int maxDepth) {

    /** 8 MiB: far above any real session log, well below what would hurt the indexer. */
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    public static final int DEFAULT_MAX_DEPTH = 16;

    public FsSettings {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
        if (maxFileBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static FsSettings of(Path root) {
        return new FsSettings(root, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DEPTH);
    }
}
