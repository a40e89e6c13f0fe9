package org.sessionledger.index.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.index.lucene.LuceneIndex;

/**
 * Takes units whose documents are in the Lucene writer and writes their rows to PostgreSQL on a thread of its own
 * while the indexer reads on; commits Lucene now and then. The file states that let the next start skip a unit are
 * recorded only after the Lucene commit that holds the unit, so a crash at any point leaves work that the next sync
 * redoes, never a unit marked indexed that is not.
 */
final class CommitPipeline implements AutoCloseable {

    /** Units per PostgreSQL transaction. */
    static final int WRITE_BATCH = 500;

    /*
     * A long sync commits Lucene (and then records the file states) at most once a minute or every 50,000 units: a
     * crash loses about a minute of work. Each commit flushes small segments that must be merged later; committing
     * every 5000 units cost 100k files about 2.5 s of a 34 s full index.
     */
    private static final int COMMIT_UNITS = 50_000;
    private static final long COMMIT_NANOS = 60_000_000_000L;

    private final LuceneIndex lucene;
    private final Mirror mirror;
    private final WorkspaceState state;
    private final ProgressTracker progress;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("mirror-writer").unstarted(r));
    private final ExecutorService committer = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("lucene-commit").unstarted(r));
    private CompletableFuture<Void> background = CompletableFuture.completedFuture(null);
    private final List<MirrorUnit> uncommitted = new ArrayList<>();
    private final List<Future<?>> writes = new ArrayList<>();
    private volatile long lastCommit = System.nanoTime();
    private volatile RuntimeException failure;

    CommitPipeline(LuceneIndex lucene, Mirror mirror, WorkspaceState state, ProgressTracker progress) {
        this.lucene = lucene;
        this.mirror = mirror;
        this.state = state;
        this.progress = progress;
    }

    /** Units whose documents were handed to the Lucene writer (removed units: whose documents were deleted). */
    void added(List<MirrorUnit> units) {
        RuntimeException failed = failure;
        if (failed != null) {
            throw failed; // kept until finish: no file state may be recorded after a failed write
        }
        uncommitted.addAll(units);
        writes.add(writer.submit(() -> write(units)));
        if (uncommitted.size() >= COMMIT_UNITS || System.nanoTime() - lastCommit > COMMIT_NANOS) {
            commit();
        }
    }

    /**
     * Commits what is pending and waits until PostgreSQL and the state hold every unit and every commit's file states
     * are recorded; rethrows a failed write or commit.
     */
    void finish() {
        try {
            commit();
        } finally {
            awaitWrites();
            awaitBackground();
        }
        throwFailure();
    }

    /**
     * Waits until PostgreSQL and the state hold every unit added, leaving Lucene commits (and the file states recorded
     * after them) to {@link #finish}; rethrows a failed write.
     */
    void awaitRows() {
        awaitWrites();
        throwFailure();
    }

    /**
     * Commits the units added so far on a thread of its own, then records their file states: the caller goes on
     * (adding units, resolving links) meanwhile; {@link #finish} waits for it.
     */
    void commitInBackground() {
        if (uncommitted.isEmpty()) {
            return;
        }
        List<MirrorUnit> committed = List.copyOf(uncommitted);
        uncommitted.clear();
        background = background.thenRunAsync(
                () -> {
                    luceneCommit();
                    await(writer.submit(() -> recordFiles(committed))); // after the rows written before it
                },
                committer);
    }

    private void awaitBackground() {
        CompletableFuture<Void> running = background;
        background = CompletableFuture.completedFuture(null);
        try {
            running.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void throwFailure() {
        RuntimeException failed = failure;
        failure = null;
        if (failed != null) {
            throw failed;
        }
    }

    private void commit() {
        if (uncommitted.isEmpty()) {
            return;
        }
        luceneCommit();
        List<MirrorUnit> committed = List.copyOf(uncommitted);
        uncommitted.clear();
        writes.add(writer.submit(() -> recordFiles(committed)));
    }

    private void luceneCommit() {
        long started = System.nanoTime();
        try {
            lucene.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lastCommit = System.nanoTime();
        progress.time("commit", lastCommit - started);
    }

    /** Writes the rows of the units (their file states are removed until {@link #recordFiles}). */
    private void write(List<MirrorUnit> units) {
        if (units.isEmpty() || !step("postgres", () -> mirror.write(units))) {
            return;
        }
        for (MirrorUnit unit : units) {
            state.files(unit.key(), List.of()); // the write removed them
            switch (unit) {
                case MirrorUnit.SessionUnit s -> state.putSession(s.key(), s.session(), s.diagnostics());
                case MirrorUnit.TaskUnit t -> state.putTask(t.key(), t.task(), t.diagnostics());
                case MirrorUnit.UnreadableUnit u -> state.putDiagnostics(u.key(), u.diagnostics());
                case MirrorUnit.Removed r -> state.remove(r.key());
            }
        }
        progress.done(units.size());
    }

    private void recordFiles(List<MirrorUnit> committed) {
        if (step("file states", () -> mirror.recordFiles(committed))) {
            committed.forEach(unit -> state.files(unit.key(), unit.files()));
        }
    }

    /**
     * Runs a database step unless an earlier one failed; false when it fails (the failure is kept for {@link #finish},
     * so that nothing after it is recorded).
     */
    private boolean step(String phase, Runnable work) {
        if (failure != null) {
            return false;
        }
        try {
            progress.timed(phase, () -> {
                work.run();
                return null;
            });
            return true;
        } catch (RuntimeException e) {
            failure = e;
            return false;
        }
    }

    private void awaitWrites() {
        long started = System.nanoTime();
        try {
            writes.forEach(CommitPipeline::await);
        } finally {
            writes.clear();
            progress.time("wait for postgres", System.nanoTime() - started);
        }
    }

    private static void await(Future<?> write) {
        try {
            write.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the mirror was written", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The mirror writer failed", e.getCause());
        }
    }

    @Override
    public void close() {
        committer.shutdownNow();
        writer.shutdownNow();
    }
}
