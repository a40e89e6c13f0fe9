package org.sessionledger.fs.scan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sessionledger.fs.read.Workspace;

/**
 * Remembers which referenced paths exist inside the workspace, so that resolving every link again after a small
 * change does not stat every target again. Whoever sees files change invalidates them (or clears the cache).
 */
public final class PathCache {

    private final Map<Path, Boolean> known = new ConcurrentHashMap<>();

    /** Whether the (normalised, absolute) path exists and stays inside the workspace. */
    public boolean existsInside(Workspace workspace, Path path) {
        return known.computeIfAbsent(path, p -> Files.exists(p) && workspace.contains(p));
    }

    /** Forgets what is known of the changed paths and of everything below them. */
    public void invalidate(Collection<Path> changed) {
        for (Path path : changed) {
            Path normal = path.toAbsolutePath().normalize();
            known.keySet().removeIf(k -> k.startsWith(normal));
        }
    }

    public void clear() {
        known.clear();
    }
}
