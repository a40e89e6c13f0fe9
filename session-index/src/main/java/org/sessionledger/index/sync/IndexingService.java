package org.sessionledger.index.sync;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.fs.scan.PathCache;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.fs.watch.WorkspaceWatcher;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.index.lucene.DocumentBuilder;
import org.sessionledger.index.lucene.LuceneIndex;

/**
 * Keeps PostgreSQL, Lucene and the in-memory state equal to the files. A full sync stats every unit and reads only
 * those whose files changed since they were indexed; live changes from the watcher are applied per unit. Each batch
 * reaches PostgreSQL only after the Lucene commit that holds it (see {@link CommitPipeline}).
 */
public final class IndexingService implements Closeable {

    private static final Logger LOG = Logger.getLogger(IndexingService.class);

    private final FsSettings settings;
    private final WorkspaceScanner scanner;
    private final LuceneIndex lucene;
    private final Mirror mirror;
    private final UnitReader reader;
    private final WorkspaceState state = new WorkspaceState();
    private final ProgressTracker progress = new ProgressTracker(LOG);
    private final PathCache paths = new PathCache();
    private boolean loaded;
    /** Whether units were read or removed since the links were last resolved. */
    private boolean changedSomething;

    private final LinkMaintainer links;
    private final CommitPipeline pipeline;
    private final UnitIndexer indexer;
    private final StateLoader loader;
    /** Whether the index was empty when this full sync began: every unit is then new to it. */
    private boolean appendOnly;
    /** Whether the state is whole: the last sync or change finished (a snapshot of it may be saved). */
    private boolean whole;
    /** The mirror's generation when the state was last whole: what a snapshot of it is valid for. */
    private long wholeGeneration;

    private WorkspaceWatcher watcher;

    public IndexingService(FsSettings settings, LuceneIndex lucene, Mirror mirror) {
        this(settings, lucene, mirror, null);
    }

    /**
     * @param snapshotFile where the state is saved on shutdown for a faster next start (null: never saved)
     */
    public IndexingService(FsSettings settings, LuceneIndex lucene, Mirror mirror, Path snapshotFile) {
        this.settings = settings;
        this.scanner = new WorkspaceScanner(settings);
        this.lucene = lucene;
        this.mirror = mirror;
        this.links = new LinkMaintainer(scanner, mirror, state, paths, this, progress, this::linksStored);
        this.pipeline = new CommitPipeline(lucene, mirror, state, progress);
        this.loader = new StateLoader(mirror, state, progress, snapshotFile);
        this.reader = new UnitReader(settings, scanner, new DocumentBuilder(new FileContents(settings)));
        this.indexer = new UnitIndexer(reader, lucene, pipeline, progress);
    }

    /** Brings both mirrors up to date with the files; {@code force} re-reads every unit. */
    public synchronized void fullSync(boolean force) {
        progress.start("scanning", 0);
        whole = false;
        paths.clear();
        long t0 = System.nanoTime();
        WorkspaceScanner.Discovery discovery = scanner.discover();
        Set<String> current = new LinkedHashSet<>();
        discovery.sessionDirectories().forEach(d -> current.add(UnitKeys.session(relative(d))));
        discovery.taskFiles().forEach(f -> current.add(UnitKeys.task(relative(f))));
        long t1 = System.nanoTime();
        progress.time("discover", t1 - t0);
        boolean everything = force || lucene.takeReset();
        Map<String, List<FileStamp>> stamped;
        try (ExecutorService loaders = Executors.newVirtualThreadPerTaskExecutor()) {
            // what the mirror holds is loaded while the files are stat'ed
            CompletableFuture<Void> load =
                    loaded ? CompletableFuture.completedFuture(null) : loader.load(everything, loaders);
            long statStarted = System.nanoTime();
            stamped = current.parallelStream()
                    .collect(java.util.stream.Collectors.toConcurrentMap(key -> key, reader::stamps));
            progress.time("stat", System.nanoTime() - statStarted);
            join(load);
        }
        Map<String, List<MirrorUnit.FileState>> stored = state.files();
        loaded = true;
        progress.time("load and stat", System.nanoTime() - t1);
        state.putDiagnostics(UnitKeys.DISCOVERY, discovery.diagnostics());
        List<String> changed = new ArrayList<>();
        Map<String, List<FileStamp>> stamps = new HashMap<>();
        for (String key : current) {
            List<FileStamp> unitStamps = stamped.get(key);
            stamps.put(key, unitStamps);
            if (everything || !state.contains(key) || !same(unitStamps, stored.get(key))) {
                changed.add(key);
            }
        }
        Set<String> gone = new HashSet<>(state.keys());
        gone.addAll(stored.keySet());
        gone.removeAll(current);
        gone.remove(UnitKeys.DISCOVERY);
        appendOnly = lucene.isEmpty();
        try {
            index(changed, stamps, gone, false);
            addReferencedTasks(current);
        } finally {
            appendOnly = false;
        }
        indexer.removeOthers(state.keys());
        finish();
    }

    /** Applies a batch of changed paths from the watcher. */
    public synchronized void apply(Collection<Path> changedPaths) {
        paths.invalidate(changedPaths);
        Set<String> units = new LinkedHashSet<>();
        for (Path path : changedPaths) {
            String rel = relative(path);
            var sessionDir = UnitKeys.sessionDirectoryOf(rel);
            if (sessionDir.isPresent()) {
                units.add(UnitKeys.session(sessionDir.get()));
            } else if (scanner.isTaskFile(path)) {
                units.add(UnitKeys.task(rel));
            } else if (Files.isDirectory(path) || !rel.contains(".")) {
                fullSync(false); // a folder appeared, moved or vanished: let the stamps tell what changed
                return;
            }
        }
        if (units.isEmpty()) {
            return;
        }
        progress.start("indexing", units.size());
        whole = false;
        Map<String, List<FileStamp>> stamps = new HashMap<>();
        List<String> changed = new ArrayList<>();
        Set<String> gone = new HashSet<>();
        for (String key : units) {
            List<FileStamp> unitStamps = reader.stamps(key);
            if (unitStamps.isEmpty()) {
                gone.add(key);
            } else {
                stamps.put(key, unitStamps);
                changed.add(key);
            }
        }
        index(changed, stamps, gone, true);
        finishLive();
    }

    /** Drops both mirrors and rebuilds them from the files. */
    public synchronized void rebuild() {
        try {
            lucene.deleteAll();
            lucene.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mirror.clear();
        state.clear();
        fullSync(true);
    }

    private void index(List<String> changed, Map<String, List<FileStamp>> stamps, Set<String> gone, boolean live) {
        progress.start("indexing", changed.size() + gone.size());
        indexer.index(changed, stamps, gone, live, appendOnly);
        changedSomething |= !changed.isEmpty() || !gone.isEmpty();
    }

    /** Task files that only sessions point at (not named TASK-*, not in a tasks folder). */
    private void addReferencedTasks(Set<String> current) {
        List<String> extra = new ArrayList<>();
        Map<String, List<FileStamp>> stamps = new HashMap<>();
        for (Path file : scanner.referencedTaskFiles(state.sessions())) {
            String key = UnitKeys.task(relative(file));
            if (current.add(key) && !state.contains(key)) {
                extra.add(key);
                stamps.put(key, reader.stamps(key));
            }
        }
        index(extra, stamps, Set.of(), false);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    private void finish() {
        progress.phase("linking");
        long started = System.nanoTime();
        if (changedSomething) {
            changedSomething = false;
            links.resolveNow();
        }
        long linked = System.nanoTime();
        progress.time("links", linked - started);
        refreshAndPublish();
        progress.time("publish", System.nanoTime() - linked);
        progress.finish();
        markWhole();
    }

    /** After a live change: searchable and visible at once; links follow in the background. */
    private void finishLive() {
        long started = System.nanoTime();
        indexer.refresh();
        long refreshed = System.nanoTime();
        state.publish();
        progress.time("refresh after commit", refreshed - started);
        progress.time("publish", System.nanoTime() - refreshed);
        progress.finish();
        markWhole();
        if (changedSomething) {
            changedSomething = false;
            links.resolveLater();
        }
    }

    private void markWhole() {
        whole = true;
        wholeGeneration = mirror.lastGeneration();
    }

    /** After the links were stored in the background (the caller holds the lock). */
    void linksStored() {
        if (whole) {
            wholeGeneration = mirror.lastGeneration();
        }
    }

    private void refreshAndPublish() {
        indexer.refresh();
        state.publish();
    }

    private static boolean same(List<FileStamp> now, List<MirrorUnit.FileState> before) {
        if (before == null || before.size() != now.size()) {
            return false;
        }
        Map<String, MirrorUnit.FileState> byPath = new HashMap<>();
        before.forEach(f -> byPath.put(f.path(), f));
        for (FileStamp stamp : now) {
            MirrorUnit.FileState old = byPath.get(stamp.path());
            if (old == null || old.size() != stamp.size() || old.modifiedMillis() != stamp.modifiedMillis()) {
                return false;
            }
        }
        return true;
    }

    /** Starts watching the workspace; changes are applied after {@code debounce} of quiet. */
    public synchronized void startWatching(Duration debounce) throws IOException {
        if (watcher == null) {
            watcher = new WorkspaceWatcher(settings.root(), debounce, changes -> {
                        try {
                            if (changes.rescanAll()) {
                                fullSync(false);
                            } else {
                                apply(changes.paths());
                            }
                        } catch (RuntimeException e) {
                            LOG.error("Could not apply file changes; the next change or restart retries", e);
                        }
                    })
                    .start();
        }
    }

    public WorkspaceScan snapshot() {
        return state.snapshot();
    }

    public long version() {
        return state.version();
    }

    public Progress progress() {
        return progress.current();
    }

    public FsSettings settings() {
        return settings;
    }

    private String relative(Path path) {
        return scanner.workspace().relative(path);
    }

    @Override
    public synchronized void close() throws IOException {
        links.close();
        pipeline.close();
        if (watcher != null) {
            watcher.close();
        }
        if (whole) {
            // the generation was taken while running: at shutdown the database may already be gone
            loader.save(wholeGeneration);
        }
    }
}
