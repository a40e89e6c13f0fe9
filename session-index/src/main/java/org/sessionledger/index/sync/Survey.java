package org.sessionledger.index.sync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.fs.scan.UnitListing;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.index.db.MirrorUnit;

/**
 * The first step of a full sync, side by side: what the files are now (discovery, then a stat of every unit's
 * files, which lists only the directories that changed since the last stat), what the mirror held (the state loaded
 * from the snapshot or PostgreSQL) and, once that is loaded and unless the snapshot vouches for the index, which
 * units the full-text index holds.
 *
 * @param current the units found on disk, in discovery order
 * @param stamps the stamps of each current unit's files
 * @param diagnostics what discovery found wrong
 * @param indexed the units with documents in the index when the sync began; empty when the state was loaded from a
 *     snapshot of the index's current commit, which holds only units the state knows
 */
record Survey(
        Set<String> current, Map<String, List<FileStamp>> stamps, List<Diagnostic> diagnostics, Set<String> indexed) {

    /**
     * @param load starts loading the mirror's state on the given executor (a done future when there is nothing to
     *     load); it completes with whether the index is known to hold only units of the loaded state
     */
    static Survey take(
            WorkspaceScanner scanner,
            UnitReader reader,
            UnitIndexer indexer,
            Function<ExecutorService, CompletableFuture<Boolean>> load,
            Listings listings,
            ProgressTracker progress) {
        long started = System.nanoTime();
        try (ExecutorService loaders = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<Boolean> loaded = load.apply(loaders);
            CompletableFuture<Void> listed = listings.load(loaders);
            // listing the index's units waits for the load: after a clean shutdown the snapshot makes it needless
            CompletableFuture<Set<String>> indexed = loaded.thenApplyAsync(
                    known -> known ? Set.of() : progress.timed("index units", indexer::units), loaders);
            WorkspaceScanner.Discovery discovery = progress.timed("discover", scanner::discover);
            Set<String> current = new LinkedHashSet<>();
            discovery
                    .sessionDirectories()
                    .forEach(d ->
                            current.add(UnitKeys.session(scanner.workspace().relative(d))));
            discovery
                    .taskFiles()
                    .forEach(f -> current.add(UnitKeys.task(scanner.workspace().relative(f))));
            join(listed);
            Map<String, UnitListing> found = progress.timed(
                    "stat",
                    () -> current.parallelStream()
                            .collect(Collectors.toConcurrentMap(
                                    key -> key, key -> reader.listing(key, listings.of(key)))));
            listings.record(found);
            Map<String, List<FileStamp>> stamps = new HashMap<>(found.size() * 2);
            found.forEach((key, listing) -> stamps.put(key, listing.files()));
            join(loaded);
            Survey survey = new Survey(current, stamps, discovery.diagnostics(), join(indexed));
            progress.time("survey", System.nanoTime() - started);
            return survey;
        }
    }

    /**
     * What differs from the state: the units to read (new, with other files or stamps than recorded, or every unit
     * with {@code everything}) and the units that are gone.
     */
    Changes compare(WorkspaceState state, boolean everything) {
        Map<String, List<MirrorUnit.FileState>> stored = state.files();
        List<String> changed = new ArrayList<>();
        for (String key : current) {
            if (everything || !state.contains(key) || !FileChanges.unchanged(stamps.get(key), stored.get(key))) {
                changed.add(key);
            }
        }
        Set<String> gone = new HashSet<>(state.keys());
        gone.addAll(stored.keySet());
        gone.removeAll(current);
        gone.remove(UnitKeys.DISCOVERY);
        return new Changes(changed, gone);
    }

    /** The outcome of {@link #compare}. */
    record Changes(List<String> changed, Set<String> gone) {}

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }
}
