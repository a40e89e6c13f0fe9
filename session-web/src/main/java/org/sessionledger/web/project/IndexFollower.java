package org.sessionledger.web.project;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.sessionledger.index.sync.IndexingService;

/**
 * Takes the app's own writes into the mirrors without making the writer wait for the indexer: the paths written are
 * gathered and applied in one indexing run as soon as the previous one is done, so that a burst of writes costs one
 * run, not one each. (The watcher sees the same files a moment later; this makes them visible without it too.)
 */
public final class IndexFollower {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class);

    private final IndexingService indexing;
    private final ExecutorService executor;

    private final Object lock = new Object();
    private Set<Path> pending = new LinkedHashSet<>();
    /** Completes when {@link #pending} has been applied; null when nothing waits. */
    private CompletableFuture<Void> next;
    /** The run applying the batch taken last; null when none runs. */
    private CompletableFuture<Void> running;

    IndexFollower(IndexingService indexing, String project) {
        this.indexing = indexing;
        this.executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("index-follower-" + project).daemon().factory());
    }

    /** Applies {@code paths} soon; the future completes once they are searchable and shown. */
    public CompletableFuture<Void> follow(Collection<Path> paths) {
        synchronized (lock) {
            pending.addAll(paths);
            if (next == null) {
                next = new CompletableFuture<>();
                executor.execute(this::drain);
            }
            return next;
        }
    }

    /** Completes when every path handed over so far has been applied. */
    public CompletableFuture<Void> flushed() {
        synchronized (lock) {
            if (next != null) {
                return next;
            }
            return running != null ? running : CompletableFuture.completedFuture(null);
        }
    }

    private void drain() {
        Set<Path> batch;
        CompletableFuture<Void> done;
        synchronized (lock) {
            batch = pending;
            pending = new LinkedHashSet<>();
            done = next;
            next = null;
            running = done;
        }
        try {
            indexing.apply(batch);
            done.complete(null);
        } catch (RuntimeException e) {
            // the watcher or the next start picks the files up; the write itself is done and audited
            LOG.warnf("Could not index the files just written (%d): %s", batch.size(), e.getMessage());
            done.completeExceptionally(e);
        } finally {
            synchronized (lock) {
                if (running == done) {
                    running = null;
                }
            }
        }
    }

    void close() {
        executor.shutdown();
    }
}
