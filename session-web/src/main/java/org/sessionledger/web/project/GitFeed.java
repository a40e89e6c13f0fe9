package org.sessionledger.web.project;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jgit.lib.ObjectId;
import org.jboss.logging.Logger;
import org.sessionledger.fs.git.CommitInfo;
import org.sessionledger.fs.git.GitPublisher;
import org.sessionledger.fs.git.GitSyncResult;
import org.sessionledger.fs.git.GitWorkspace;
import org.sessionledger.index.db.ProvenanceStore;

/**
 * Keeps a git project up to date: fetches every {@code fetch-interval} and when a push webhook arrives (one fetch at
 * a time, on the project's thread; a request while one waits joins it), hands the paths that changed to the indexer
 * (everything after a rewritten history), and keeps the provenance of each file: the last commit that changed it.
 */
public final class GitFeed implements java.io.Closeable {

    private static final Logger LOG = Logger.getLogger(GitFeed.class);

    private final ProjectRuntime runtime;
    private final GitWorkspace workspace;
    private final ProvenanceStore store;
    private final ScheduledExecutorService timer;
    private final Duration interval;
    private final AtomicBoolean queued = new AtomicBoolean();
    private final Map<String, CommitInfo> provenance = new ConcurrentHashMap<>();
    private volatile GitSyncResult firstSync;
    private volatile long lastFetchMillis;
    private volatile ScheduledFuture<?> schedule;

    GitFeed(
            ProjectRuntime runtime,
            GitWorkspace workspace,
            ProvenanceStore store,
            ScheduledExecutorService timer,
            Duration interval) {
        this.runtime = runtime;
        this.workspace = workspace;
        this.store = store;
        this.timer = timer;
        this.interval = interval;
    }

    /** The first fetch (a clone the first time); a failure leaves the work tree as the last run left it. */
    void firstFetch() {
        runtime.state("cloning");
        try {
            firstSync = workspace.update();
            lastFetchMillis = System.currentTimeMillis();
        } catch (IOException | RuntimeException e) {
            runtime.failed("Cannot fetch the repository: ", e);
        }
    }

    /** After the first index run: the provenance of every file, from the history when the files changed. */
    void provenanceAfterFirstRun() {
        try {
            Map<String, CommitInfo> stored = store.all(runtime.name());
            GitSyncResult sync = firstSync;
            if (stored.isEmpty() || sync != null && sync.moved()) {
                recomputeAll();
            } else {
                provenance.putAll(stored);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Project %s: no provenance (%s)", runtime.name(), e.getMessage());
        }
    }

    void schedule() {
        long millis = interval.toMillis();
        schedule = timer.scheduleWithFixedDelay(this::fetchSoon, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Asks for a fetch on the project's thread; one already waiting serves this request too. */
    public void fetchSoon() {
        if (queued.compareAndSet(false, true)) {
            try {
                runtime.submit(this::fetchAndApply);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false); // shutting down
            }
        }
    }

    private void fetchAndApply() {
        queued.set(false);
        try {
            GitSyncResult sync = workspace.update();
            lastFetchMillis = System.currentTimeMillis();
            if (sync.moved()) {
                apply(sync);
            }
            runtime.recovered();
        } catch (IOException | RuntimeException e) {
            if (!runtime.indexing().isStopping()) {
                runtime.failed("Cannot fetch the repository: ", e);
            }
        }
    }

    private void apply(GitSyncResult sync) throws IOException {
        if (sync.full()) {
            LOG.infof("Project %s: the remote's history was rewritten; every file is compared again", runtime.name());
            runtime.indexing().fullSync(false);
            recomputeAll();
            return;
        }
        List<Path> paths =
                sync.changed().stream().map(p -> runtime.root().resolve(p)).toList();
        runtime.indexing().apply(paths);
        Map<String, CommitInfo> changed = workspace
                .history()
                .lastChanges(
                        ObjectId.fromString(sync.to()), ObjectId.fromString(sync.from()), sync.changed()::contains);
        Set<String> removed = new java.util.HashSet<>(sync.changed());
        removed.removeAll(changed.keySet());
        store.update(runtime.name(), changed, removed);
        removed.forEach(provenance::remove);
        provenance.putAll(changed);
    }

    private void recomputeAll() throws IOException {
        Optional<ObjectId> head = workspace.head();
        if (head.isEmpty()) {
            return;
        }
        Map<String, CommitInfo> all = workspace.history().lastChanges(head.get(), null, p -> true);
        store.replaceAll(runtime.name(), all);
        provenance.clear();
        provenance.putAll(all);
    }

    /** After a write the server pushed: its files were last changed by its commit. */
    public void written(GitPublisher.Published<?> published) {
        if (published.commit().isEmpty()) {
            return;
        }
        try {
            Optional<CommitInfo> commit =
                    workspace.history().commit(published.commit().get());
            if (commit.isPresent()) {
                Map<String, CommitInfo> byPath = new java.util.HashMap<>();
                published.changed().forEach(p -> byPath.put(p, commit.get()));
                store.update(runtime.name(), byPath, List.of());
                provenance.putAll(byPath);
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Project %s: provenance of a write not recorded (%s)", runtime.name(), e.getMessage());
        }
    }

    /** The last commit that changed a file (repository path), when known. */
    public Optional<CommitInfo> lastChange(String path) {
        return Optional.ofNullable(provenance.get(path));
    }

    public GitWorkspace workspace() {
        return workspace;
    }

    public GitPublisher publisher() {
        return new GitPublisher(workspace);
    }

    String commit() {
        try {
            return workspace.head().map(ObjectId::name).orElse("");
        } catch (IOException e) {
            return "";
        }
    }

    long lastFetchMillis() {
        return lastFetchMillis;
    }

    void stop() {
        ScheduledFuture<?> s = schedule;
        if (s != null) {
            s.cancel(false);
        }
    }

    @Override
    public void close() {
        stop();
        workspace.close();
    }
}
