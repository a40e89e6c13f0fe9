package org.sessionledger.index.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import org.jboss.logging.Logger;
import org.sessionledger.fs.scan.DirectoryStamp;
import org.sessionledger.fs.scan.UnitListing;
import org.sessionledger.index.snapshot.ListingSnapshot;

/**
 * The directory listings of each unit's last full stat, by unit key: a full sync stats the files of directories that
 * did not change since without listing them (see {@link DirectoryStamp}). Kept from one full sync to the next and
 * saved on shutdown for the next start. Live changes leave them as they are: a directory that changed no longer
 * matches its listing, so a stale one is only listed again.
 */
final class Listings {

    private static final Logger LOG = Logger.getLogger(Listings.class);

    private final Path file;
    private final String root;
    private final boolean trusted;
    private volatile Map<String, List<DirectoryStamp>> byUnit = Map.of();
    private boolean loaded;

    /** Listings saved beside the state snapshot ({@code listings.snapshot}); never saved when that is null. */
    static Listings beside(Path snapshotFile, Path root, boolean trusted) {
        return new Listings(
                snapshotFile == null ? null : snapshotFile.resolveSibling("listings.snapshot"), root, trusted);
    }

    /**
     * @param file where the listings are saved on shutdown (null: never saved)
     * @param root the workspace root they belong to
     * @param trusted whether folder times may be trusted at all; when not, every full stat lists every folder
     */
    private Listings(Path file, Path root, boolean trusted) {
        this.file = file;
        this.root = root.toString();
        this.trusted = trusted;
    }

    /** Reads the saved listings on the given executor the first time; later a done future. */
    CompletableFuture<Void> load(ExecutorService loaders) {
        if (loaded || file == null || !trusted) {
            return CompletableFuture.completedFuture(null);
        }
        loaded = true;
        return CompletableFuture.runAsync(
                () -> ListingSnapshot.read(file, root).ifPresent(saved -> byUnit = saved), loaders);
    }

    /** The listings of a unit's directories by path relative to it; empty when there are none. */
    Map<String, DirectoryStamp> of(String unit) {
        List<DirectoryStamp> directories = byUnit.getOrDefault(unit, List.of());
        Map<String, DirectoryStamp> byPath = new HashMap<>(directories.size() * 2);
        directories.forEach(d -> byPath.put(d.path(), d));
        return byPath;
    }

    /** Keeps the listings of a full stat: those of units not in it are dropped. */
    void record(Map<String, UnitListing> found) {
        if (!trusted) {
            return;
        }
        Map<String, List<DirectoryStamp>> next = new HashMap<>(found.size() * 2);
        found.forEach((unit, listing) -> {
            if (!listing.directories().isEmpty()) {
                next.put(unit, listing.directories());
            }
        });
        byUnit = next;
    }

    /** Forgets every listing, the saved ones too when not loaded yet: the next full stat lists every folder. */
    void clear() {
        loaded = true;
        byUnit = Map.of();
    }

    /** Saves the listings for the next start; a failure is only logged (that start lists every directory). */
    void save() {
        if (file == null || !trusted) {
            return;
        }
        try {
            ListingSnapshot.write(file, root, byUnit);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not save the directory listings %s: %s", file, e.getMessage());
        }
    }
}
