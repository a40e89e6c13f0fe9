package org.sessionledger.index.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.fs.scan.LinkResolver;
import org.sessionledger.fs.scan.PathCache;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.index.db.Mirror;

/**
 * Keeps the links of the workspace (which depend on every unit) in the state and the mirror: at once after a full
 * sync, or in the background after live changes, on a snapshot, so that edits never wait for link resolution.
 */
final class LinkMaintainer implements AutoCloseable {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(LinkMaintainer.class);

    private final WorkspaceScanner scanner;
    private final Mirror mirror;
    private final WorkspaceState state;
    private final PathCache paths;
    private final Object lock;
    private final ProgressTracker progress;
    private final Runnable afterStored;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            r -> Thread.ofPlatform().daemon().name("link-resolver").unstarted(r));
    private final AtomicBoolean pending = new AtomicBoolean();

    /**
     * @param lock the monitor that guards the state (the indexer's)
     * @param afterStored runs under the lock after links were stored in the background
     */
    LinkMaintainer(
            WorkspaceScanner scanner,
            Mirror mirror,
            WorkspaceState state,
            PathCache paths,
            Object lock,
            ProgressTracker progress,
            Runnable afterStored) {
        this.progress = progress;
        this.afterStored = afterStored;
        this.scanner = scanner;
        this.mirror = mirror;
        this.state = state;
        this.paths = paths;
        this.lock = lock;
    }

    /** Resolves and stores the links now; the caller holds the lock. */
    void resolveNow() {
        long started = System.nanoTime();
        LinkResolver.Resolved resolved = scanner.links(state.sessions(), state.tasks(), paths);
        progress.time("resolve links", System.nanoTime() - started);
        apply(resolved);
    }

    /** Resolves the links in the background, once more if the state changes meanwhile. */
    void resolveLater() {
        if (pending.compareAndSet(false, true)) {
            worker.execute(this::resolveInBackground);
        }
    }

    private void resolveInBackground() {
        pending.set(false);
        long version;
        List<Session> sessions;
        List<Task> tasks;
        synchronized (lock) {
            version = state.version();
            sessions = state.sessions();
            tasks = state.tasks();
        }
        // one core only: live edits must not wait for the cores this takes
        LinkResolver.Resolved resolved = scanner.linksInBackground(sessions, tasks, paths);
        synchronized (lock) {
            if (state.version() != version) {
                resolveLater(); // newer changes arrived meanwhile
                return;
            }
            apply(resolved);
            state.publish();
            afterStored.run();
        }
    }

    private void apply(LinkResolver.Resolved resolved) {
        List<Link> links = resolved.links().stream().distinct().toList();
        Set<Link> before = new HashSet<>(state.links());
        Set<Link> after = new HashSet<>(links);
        List<Link> removed = before.stream().filter(l -> !after.contains(l)).toList();
        List<Link> added = links.stream().filter(l -> !before.contains(l)).toList();
        if (!removed.isEmpty() || !added.isEmpty() || !state.linkDiagnostics().equals(resolved.diagnostics())) {
            long started = System.nanoTime();
            mirror.replaceLinks(removed, added, resolved.diagnostics());
            progress.time("store links", System.nanoTime() - started);
            LOG.debugf(
                    "Links: %d removed, %d added, %d dangling",
                    removed.size(), added.size(), resolved.diagnostics().size());
        } else {
            mirror.linksCurrent();
        }
        state.links(links, resolved.diagnostics());
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
