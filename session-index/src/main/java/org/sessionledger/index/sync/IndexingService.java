package org.sessionledger.index.sync;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.fs.scan.PathCache;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.fs.watch.WorkspaceWatcher;
import org.sessionledger.index.db.Mirror;
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
    private final Listings listings;
    /** Whether the index was empty when this full sync began: every unit is then new to it. */
    private boolean appendOnly;
    /** Whether the state is whole: the last sync or change finished (a snapshot of it may be saved). */
    private boolean whole;
    /** The mirror's generation when the state was last whole: what a snapshot of it is valid for. */
    private long wholeGeneration;
    /** The index's commit then (taken while it is open: at shutdown it may close before this service). */
    private long wholeIndexCommit = -1;

    private WorkspaceWatcher watcher;
    /** Set when the application shuts down: the index may close under a running change. */
    private volatile boolean stopping;

    public IndexingService(FsSettings settings, LuceneIndex lucene, Mirror mirror) {
        this(settings, lucene, mirror, null);
    }

    /**
     * @param snapshotFile where the state is saved on shutdown for a faster next start (null: never saved)
     */
    public IndexingService(FsSettings settings, LuceneIndex lucene, Mirror mirror, Path snapshotFile) {
        this(settings, lucene, mirror, snapshotFile, true);
    }

    /**
     * @param trustFolderTimes whether a full stat may stat the recorded entries of a folder whose modification time is
     *     unchanged instead of listing it (see {@link org.sessionledger.fs.scan.DirectoryStamp})
     */
    public IndexingService(
            FsSettings settings, LuceneIndex lucene, Mirror mirror, Path snapshotFile, boolean trustFolderTimes) {
        this.settings = settings;
        this.scanner = new WorkspaceScanner(settings);
        this.lucene = lucene;
        this.mirror = mirror;
        this.links = new LinkMaintainer(scanner, mirror, state, paths, this, progress, this::linksStored);
        this.pipeline = new CommitPipeline(lucene, mirror, state, progress);
        this.loader = new StateLoader(mirror, state, progress, snapshotFile, lucene::cleanCommit);
        this.listings = Listings.beside(snapshotFile, settings.root(), trustFolderTimes);
        this.reader = new UnitReader(settings, scanner, new DocumentBuilder(new FileContents(settings)));
        this.indexer = new UnitIndexer(reader, lucene, pipeline, progress, () -> stopping);
    }

    /** Brings both mirrors up to date with the files; {@code force} re-reads every unit. */
    public synchronized void fullSync(boolean force) {
        progress.start("scanning", 0);
        paths.clear();
        boolean everything = force || lucene.takeReset();
        Survey survey = Survey.take(
                scanner,
                reader,
                indexer,
                loaders -> loaded ? CompletableFuture.completedFuture(false) : loader.load(everything, loaders),
                listings,
                progress);
        if (!loaded && mirror.linksPending()) {
            changedSomething = true; // the last run stopped before storing the links of what it wrote: resolve them
        }
        loaded = true;
        long compareStarted = System.nanoTime();
        state.putDiagnostics(UnitKeys.DISCOVERY, survey.diagnostics());
        Survey.Changes changes = survey.compare(state, everything);
        progress.time("compare", System.nanoTime() - compareStarted);
        if (stopping) {
            // what changed is found again by the next start; a state left whole can still be saved
            LOG.info("Sync cut short by the shutdown");
            return;
        }
        appendOnly = lucene.isEmpty();
        try {
            index(changes.changed(), survey.stamps(), changes.gone(), false);
            long referencesStarted = System.nanoTime();
            addReferencedTasks(survey.current());
            progress.time("referenced tasks", System.nanoTime() - referencesStarted);
        } finally {
            appendOnly = false;
        }
        indexer.removeOthers(survey.indexed(), state::contains, changes.gone());
        finish();
    }

    /** Applies a batch of changed paths from the watcher. */
    public synchronized void apply(Collection<Path> changedPaths) {
        paths.invalidate(changedPaths);
        Optional<ChangedUnits> found = ChangedUnits.of(changedPaths, scanner, reader);
        if (found.isEmpty()) {
            fullSync(false); // a folder appeared, moved or vanished: let the stamps tell what changed
            return;
        }
        ChangedUnits units = found.get();
        if (units.size() == 0) {
            return;
        }
        // only links of the changed sessions can differ when nothing else changed, and none is pending from before
        Optional<LinkScope> scope = changedSomething
                ? Optional.empty()
                : LinkScope.before(state, units.changed(), units.gone(), units.stamps());
        index(units.changed(), units.stamps(), units.gone(), true);
        finishLive(scope.flatMap(s -> s.after(state)));
    }

    /** Drops both mirrors and rebuilds them from the files. */
    public synchronized void rebuild() {
        whole = false;
        try {
            lucene.deleteAll();
            lucene.commit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        mirror.clear();
        state.clear();
        listings.clear(); // every folder is listed
        fullSync(true);
    }

    private void index(List<String> changed, Map<String, List<FileStamp>> stamps, Set<String> gone, boolean live) {
        progress.start("indexing", changed.size() + gone.size());
        boolean changes = !changed.isEmpty() || !gone.isEmpty();
        if (changes) {
            whole = false; // the state and the mirror change from here until the run finishes
        }
        indexer.index(changed, stamps, gone, live, appendOnly);
        changedSomething |= changes;
    }

    /** Task files that only sessions point at (not named TASK-*, not in a tasks folder). */
    private void addReferencedTasks(Set<String> current) {
        List<String> extra = new ArrayList<>();
        Map<String, List<FileStamp>> stamps = new HashMap<>();
        for (Path file : scanner.referencedTaskFiles(state.sessions())) {
            String key = UnitKeys.task(scanner.workspace().relative(file));
            if (current.add(key) && !state.contains(key)) {
                extra.add(key);
                stamps.put(key, reader.stamps(key));
            }
        }
        index(extra, stamps, Set.of(), false);
    }

    private void finish() {
        progress.phase("linking");
        long started = System.nanoTime();
        try {
            if (changedSomething) {
                changedSomething = false;
                links.resolveNow();
            }
        } finally {
            pipeline.finish(); // the last Lucene commit ran beside the links
        }
        long linked = System.nanoTime();
        progress.time("links and last commit", linked - started);
        refreshAndPublish();
        progress.time("publish", System.nanoTime() - linked);
        progress.finish();
        markWhole();
    }

    /**
     * After a live change: searchable and visible at once; links follow in the background, those of {@code sessions}
     * only when given.
     */
    private void finishLive(Optional<Set<String>> sessions) {
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
            sessions.ifPresentOrElse(links::resolveLater, () -> links.resolveLater());
        }
    }

    private void markWhole() {
        whole = true;
        wholeGeneration = mirror.lastGeneration();
        wholeIndexCommit = lucene.cleanCommit();
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

    /**
     * Starts watching the workspace; changes are applied after {@code debounce} of quiet. Where folders cannot be
     * watched, the workspace is rescanned every {@code rescanEvery} or more.
     */
    public synchronized void startWatching(Duration debounce, Duration rescanEvery) throws IOException {
        if (watcher == null) {
            watcher = new WorkspaceWatcher(settings.root(), debounce, rescanEvery, new WatchedChanges(this)).start();
        }
    }

    /**
     * Tells the indexer the application is shutting down (before the index and the database close): a running sync
     * stops after the batch at hand, keeping what it indexed.
     */
    public void stopping() {
        stopping = true;
    }

    /** Whether the application is shutting down: a run that fails now failed because the index closed under it. */
    public boolean isStopping() {
        return stopping;
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

    @Override
    public synchronized void close() throws IOException {
        links.close();
        pipeline.close();
        if (watcher != null) {
            watcher.close();
        }
        listings.save(); // valid whatever the state: a listing is only used while its directory is unchanged
        if (whole) {
            // the generation was taken while running: at shutdown the database may already be gone
            loader.save(wholeGeneration, wholeIndexCommit);
        }
    }
}
