package org.sessionledger.web.project;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.logging.Logger;
import org.sessionledger.domain.project.Project;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.lucene.LuceneIndex;
import org.sessionledger.index.lucene.LuceneSearcher;
import org.sessionledger.index.lucene.SessionLinks;
import org.sessionledger.index.sync.IndexingService;
import org.sessionledger.index.sync.Progress;

/**
 * One project at run time: its own index (Lucene folder, mirror rows, indexer, searcher), its own worker thread that
 * runs its first sync and then keeps it up to date (a watcher for a folder, fetches for a repository: {@link GitFeed}),
 * and its own status. A failure here shows in the status and never reaches another project.
 */
public final class ProjectRuntime implements Closeable {

    private static final Logger LOG = Logger.getLogger(ProjectRuntime.class);

    /** Where a project keeps what it can rebuild. */
    public record Storage(Path lucene, Path snapshot, Path git) {}

    /** How the first run goes and a folder is watched. */
    public record Settings(
            boolean rebuild, boolean watch, java.time.Duration debounce, java.time.Duration rescanInterval) {}

    private final Project project;
    private final FsSettings settings;
    private final LuceneIndex lucene;
    private final IndexingService indexing;
    private final LuceneSearcher searcher;
    private final IndexFollower follower;
    private final Optional<GitFeed> git;
    private final ExecutorService worker;
    private volatile Future<?> firstRun;
    private volatile boolean firstRunDone;
    private volatile String state = "starting";
    private volatile String error = "";
    private volatile KnownFiles knownFiles;

    ProjectRuntime(
            Project project,
            FsSettings settings,
            LuceneIndex lucene,
            Mirror mirror,
            Storage storage,
            boolean trustFolderTimes,
            java.util.function.Function<ProjectRuntime, GitFeed> gitFeed) {
        this.project = project;
        this.settings = settings;
        this.lucene = lucene;
        this.indexing = new IndexingService(settings, lucene, mirror, storage.snapshot(), trustFolderTimes);
        this.searcher = new LuceneSearcher(lucene, new SessionLinks(indexing::snapshot));
        this.follower = new IndexFollower(indexing, project.name());
        this.worker = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().daemon().name("project-" + project.name()).factory());
        this.git = Optional.ofNullable(gitFeed == null ? null : gitFeed.apply(this));
    }

    /** Runs the first sync in the background (a clone or fetch first for a repository), then keeps it up to date. */
    void start(Settings run) {
        firstRun = worker.submit(() -> {
            try {
                git.ifPresent(GitFeed::firstFetch);
                state = "indexing";
                if (run.rebuild()) {
                    indexing.rebuild();
                } else {
                    indexing.fullSync(false);
                }
                git.ifPresent(GitFeed::provenanceAfterFirstRun);
                firstRunDone = true;
                state = error.isEmpty() ? "ready" : "error";
                if (git.isPresent()) {
                    git.get().schedule();
                } else if (run.watch() && !indexing.isStopping()) {
                    indexing.startWatching(run.debounce(), run.rescanInterval());
                    indexing.fullSync(false); // the watches were placed after the first run
                }
            } catch (Exception e) {
                if (indexing.isStopping()) {
                    LOG.infof("Indexing of %s stopped by the shutdown; the next start goes on from there", name());
                } else {
                    failed(firstRunDone ? "Watching or the rescan failed: " : "The first indexing run failed: ", e);
                }
            }
        });
    }

    /** Runs work on the project's thread, after whatever it is doing. */
    Future<?> submit(Runnable work) {
        return worker.submit(work);
    }

    void failed(String what, Exception e) {
        error = what + e.getMessage();
        state = "error";
        LOG.errorf("Project %s: %s%s", name(), what, e.getMessage());
    }

    void recovered() {
        error = "";
        if (firstRunDone) {
            state = "ready";
        }
    }

    void state(String state) {
        this.state = state;
    }

    /** Whether the first run finished (or failed: the project then serves what its mirrors hold). */
    public boolean ready() {
        Future<?> f = firstRun;
        return firstRunDone || f != null && f.isDone();
    }

    /** Drops and rebuilds the project's mirrors from its files, in the background. */
    public void rebuild() {
        worker.submit(indexing::rebuild);
    }

    public ProjectStatus status() {
        return new ProjectStatus(
                state,
                error,
                git.map(GitFeed::commit).orElse(""),
                git.map(GitFeed::lastFetchMillis).orElse(0L),
                snapshot().sessions().size());
    }

    public Project project() {
        return project;
    }

    public String name() {
        return project.name();
    }

    public FsSettings settings() {
        return settings;
    }

    public Path root() {
        return settings.root();
    }

    public WorkspaceScan snapshot() {
        return indexing.snapshot();
    }

    public long version() {
        return indexing.version();
    }

    public Progress progress() {
        return indexing.progress();
    }

    public IndexingService indexing() {
        return indexing;
    }

    public LuceneIndex lucene() {
        return lucene;
    }

    public LuceneSearcher searcher() {
        return searcher;
    }

    public IndexFollower follower() {
        return follower;
    }

    public Optional<GitFeed> git() {
        return git;
    }

    public Optional<Session> session(String id) {
        return snapshot().session(id);
    }

    public Optional<Task> task(String id) {
        return snapshot().task(id);
    }

    /** The workspace-relative paths of every artifact and task file, computed once per snapshot. */
    public Set<String> knownFiles() {
        WorkspaceScan scan = snapshot();
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

    /** The indexer stops at its next batch (the stop signal); {@link #close} waits for it. */
    void stopping() {
        indexing.stopping();
        git.ifPresent(GitFeed::stop);
        worker.shutdown();
    }

    @Override
    public void close() throws IOException {
        stopping();
        follower.close();
        try {
            worker.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            indexing.close();
        } finally {
            git.ifPresent(GitFeed::close);
            lucene.close();
        }
    }
}
