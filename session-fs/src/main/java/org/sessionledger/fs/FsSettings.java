package org.sessionledger.fs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sessionledger.fs.layout.SessionLayout;

/**
 * Settings of the filesystem module, handed over by whoever configures the app.
 *
 * @param root the workspace root (the directory holding {@code .roo/}, {@code .ruru/} or {@code .mdtm/})
 * @param maxFileBytes files larger than this are not read; a diagnostic says so
 * @param maxDepth how deep the task walk descends below the root
 * @param extraRoots more session roots, relative to the root ({@code sessions.fs.extra-roots}), besides
 *     {@link SessionLayout#SESSION_ROOTS}
 */
public record FsSettings(Path root, long maxFileBytes, int maxDepth, List<String> extraRoots) {

    /** 8 MiB: far above any real session log, well below what would hurt the indexer. */
    public static final long DEFAULT_MAX_FILE_BYTES = 8L * 1024 * 1024;

    public static final int DEFAULT_MAX_DEPTH = 16;

    public FsSettings {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
        if (maxFileBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        List<String> cleaned = new ArrayList<>();
        for (String extra : extraRoots) {
            String r = extra.strip().replace('\\', '/');
            while (r.endsWith("/")) {
                r = r.substring(0, r.length() - 1);
            }
            if (!r.isEmpty() && !cleaned.contains(r) && !SessionLayout.SESSION_ROOTS.contains(r)) {
                cleaned.add(r);
            }
        }
        extraRoots = List.copyOf(cleaned);
    }

    public FsSettings(Path root, long maxFileBytes, int maxDepth) {
        this(root, maxFileBytes, maxDepth, List.of());
    }

    public static FsSettings of(Path root) {
        return new FsSettings(root, DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_DEPTH);
    }

    /** Every session root, relative to the workspace root: the standard ones, then the extra ones. */
    public List<String> sessionRoots() {
        List<String> all = new ArrayList<>(SessionLayout.SESSION_ROOTS);
        all.addAll(extraRoots);
        return List.copyOf(all);
    }
}
