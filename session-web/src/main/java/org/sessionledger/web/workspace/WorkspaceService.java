package org.sessionledger.web.workspace;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.index.sync.IndexingService;
import org.sessionledger.index.sync.Progress;
import org.sessionledger.web.config.IndexConfig;

/**
 * The workspace as the app sees it: the indexer's latest snapshot. At start-up the mirrors are brought up to date in
 * the background (readiness waits for it), then the watcher applies changes live.
 */
@ApplicationScoped
public class WorkspaceService {

    private final IndexingService indexing;
    private final IndexConfig config;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("indexing").unstarted(r));
    private volatile Future<?> firstSync;
    private volatile boolean firstRunDone;
    private volatile KnownFiles knownFiles;

    WorkspaceService(IndexingService indexing, IndexConfig config) {
        this.indexing = indexing;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        firstSync = worker.submit(() -> {
            try {
                if (config.rebuildOnStartup()) {
                    indexing.rebuild();
                } else {
                    indexing.fullSync(false);
                }
                firstRunDone = true;
                if (config.watch() && !indexing.isStopping()) {
                    indexing.startWatching(config.debounce(), config.rescanInterval());
                    // the watches were placed after the first run: a rescan finds what changed meanwhile
                    indexing.fullSync(false);
                }
            } catch (Exception e) {
                if (indexing.isStopping()) {
                    // stopped between batches: what was committed stays, the next start reads the rest
                    Log.info("Indexing stopped by the shutdown; the next start goes on from there");
                } else if (firstRunDone) {
                    Log.error("Watching or the rescan after the first indexing run failed; a restart tries again", e);
                } else {
                    Log.error("The first indexing run failed; the app serves what the mirrors hold", e);
                }
            }
        });
    }

    /**
     * The run at hand stops at its next batch and keeps what it did (not interrupted: an interrupted thread cannot
     * read files or commit); the indexer's close waits for it.
     */
    void onStop(@Observes ShutdownEvent event) {
        indexing.stopping();
        worker.shutdown();
    }

    /** Whether the first indexing run has finished (or failed: the app then serves what the mirrors hold). */
    public boolean ready() {
        Future<?> f = firstSync;
        return firstRunDone || f != null && f.isDone();
    }

    /** Drops and rebuilds both mirrors from the files, in the background. */
    public void rebuild() {
        worker.submit(indexing::rebuild);
    }

    public WorkspaceScan current() {
        return indexing.snapshot();
    }

    /** The workspace-relative paths of every artifact and task file, computed once per snapshot. */
    public Set<String> knownFiles() {
        WorkspaceScan scan = current();
        KnownFiles cached = knownFiles;
        if (cached != null && cached.scan() == scan) {
            return cached.paths();
        }
        Set<String> paths = new HashSet<>();
        scan.sessions().forEach(s -> s.artifacts().forEach(a -> paths.add(s.directory() + "/" + a.path())));
        scan.tasks().forEach(t -> paths.add(t.path()));
        knownFiles = new KnownFiles(scan, Set.copyOf(paths));
        return knownFiles.paths();
    }

    private record KnownFiles(WorkspaceScan scan, Set<String> paths) {}

    public long version() {
        return indexing.version();
    }

    public Progress progress() {
        return indexing.progress();
    }

    public Path root() {
        return indexing.settings().root();
    }

    public Optional<Session> session(String id) {
        return current().session(id);
    }

    public Optional<Task> task(String id) {
        return current().task(id);
    }
}
