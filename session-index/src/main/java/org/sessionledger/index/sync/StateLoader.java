package org.sessionledger.index.sync;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.function.LongSupplier;
import org.jboss.logging.Logger;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.db.MirrorStore;
import org.sessionledger.index.snapshot.StateSnapshot;

/**
 * Fills the state with what the mirror holds when the indexer starts: from the snapshot saved at the last shutdown
 * when the mirror has not been written since, otherwise from PostgreSQL (several queries side by side). Saves that
 * snapshot on shutdown, with the full-text index's commit at the time.
 */
final class StateLoader {

    private static final Logger LOG = Logger.getLogger(StateLoader.class);

    private final Mirror mirror;
    private final WorkspaceState state;
    private final ProgressTracker progress;
    private final Path snapshotFile;
    private final LongSupplier indexCommit;

    /**
     * @param snapshotFile where the snapshot lives; null for none
     * @param indexCommit the full-text index's commit now, -1 when it holds uncommitted changes (compared with a
     *     snapshot's)
     */
    StateLoader(
            Mirror mirror,
            WorkspaceState state,
            ProgressTracker progress,
            Path snapshotFile,
            LongSupplier indexCommit) {
        this.mirror = mirror;
        this.state = state;
        this.progress = progress;
        this.snapshotFile = snapshotFile;
        this.indexCommit = indexCommit;
    }

    /**
     * Loads in the background. With {@code everything} every unit is read again, so only the file states (to find
     * units that vanished) and the links (which are replaced by difference) are needed. Completes with whether the
     * state came from a snapshot saved with the index's current commit: the index then holds documents of the state's
     * units only (a snapshot is only saved when the state is whole, after any stray documents were removed).
     */
    CompletableFuture<Boolean> load(boolean everything, ExecutorService loaders) {
        return CompletableFuture.supplyAsync(() -> loadNow(everything, loaders), loaders);
    }

    private boolean loadNow(boolean everything, ExecutorService loaders) {
        long started = System.nanoTime();
        Optional<StateSnapshot> snapshot = snapshotFile == null ? Optional.empty() : StateSnapshot.take(snapshotFile);
        long generation = mirror.generation();
        if (!everything && snapshot.isPresent()) {
            if (snapshot.get().generation() == generation) {
                state.restore(snapshot.get());
                progress.time("load snapshot", System.nanoTime() - started);
                long commit = snapshot.get().indexCommit();
                return commit >= 0 && commit == indexCommit.getAsLong();
            }
            LOG.infof(
                    "The state snapshot is of mirror generation %d, the database is at %d: loading from the database",
                    snapshot.get().generation(), generation);
        }
        CompletableFuture<Void> files = CompletableFuture.runAsync(
                () -> progress.timed("load file states", mirror::fileStates).forEach(state::files), loaders);
        CompletableFuture<Void> model = everything
                ? CompletableFuture.runAsync(() -> state.links(mirror.links(), List.of()), loaders)
                : loadUnits(loaders);
        CompletableFuture.allOf(files, model).join();
        return false;
    }

    private CompletableFuture<Void> loadUnits(ExecutorService loaders) {
        CompletableFuture<Void> sessions = CompletableFuture.runAsync(
                () -> progress.timed("load sessions", mirror::sessions)
                        .forEach((key, session) -> state.putSession(key, session, List.of())),
                loaders);
        CompletableFuture<Void> tasks = CompletableFuture.runAsync(
                () -> progress.timed("load tasks", mirror::tasks)
                        .forEach((key, task) -> state.putTask(key, task, List.of())),
                loaders);
        CompletableFuture<Map<String, List<Diagnostic>>> diagnostics =
                CompletableFuture.supplyAsync(() -> progress.timed("load diagnostics", mirror::diagnostics), loaders);
        CompletableFuture<List<Link>> links =
                CompletableFuture.supplyAsync(() -> progress.timed("load links", mirror::links), loaders);
        return CompletableFuture.allOf(sessions, tasks, diagnostics, links).thenRun(() -> {
            // diagnostics go in last: putSession and putTask reset a unit's diagnostics
            diagnostics.join().forEach((key, found) -> {
                if (!key.equals(MirrorStore.LINKS_UNIT)) {
                    state.diagnostics(key, found);
                }
            });
            state.links(links.join(), diagnostics.join().getOrDefault(MirrorStore.LINKS_UNIT, List.of()));
        });
    }

    /**
     * Saves the state for the next start; the caller holds the indexer's lock, knows the state is whole and gives the
     * mirror generation and the index commit it was whole at.
     */
    void save(long generation, long indexCommit) {
        if (snapshotFile == null) {
            return;
        }
        long started = System.nanoTime();
        try {
            state.toSnapshot(generation, indexCommit).write(snapshotFile);
            LOG.infof(
                    "Saved the state snapshot for the next start in %d ms", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Could not save the state snapshot %s: %s", snapshotFile, e.getMessage());
        }
    }
}
