package org.sessionledger.index.sync;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.NodeRef;
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
    private final Requests requests = new Requests();

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
        store(LinkChange.between(state.links(), state.linkDiagnostics(), resolved));
    }

    /** Resolves every link in the background, once more if the state changes meanwhile. */
    void resolveLater() {
        request(true, Set.of());
    }

    /**
     * Resolves in the background the links of the sessions with these ids only: after changes that neither added,
     * removed nor renamed a unit or a file, the links from other units stay as they are.
     */
    void resolveLater(Set<String> sessionIds) {
        request(false, sessionIds);
    }

    private void request(boolean all, Set<String> sessionIds) {
        synchronized (requests) {
            requests.all |= all;
            requests.sessionIds.addAll(sessionIds);
            if (!requests.scheduled) {
                requests.scheduled = true;
                worker.execute(this::resolveInBackground);
            }
        }
    }

    private void resolveInBackground() {
        boolean all;
        Set<String> ids;
        synchronized (requests) {
            all = requests.all;
            ids = Set.copyOf(requests.sessionIds);
            requests.all = false;
            requests.sessionIds.clear();
            requests.scheduled = false;
        }
        long version;
        List<Session> sessions;
        List<Task> tasks;
        List<Link> links;
        List<Diagnostic> diagnostics;
        synchronized (lock) {
            version = state.version();
            sessions = state.sessions();
            tasks = state.tasks();
            links = state.links();
            diagnostics = state.linkDiagnostics();
        }
        if (!all) {
            sessions =
                    sessions.stream().filter(s -> ids.contains(s.id().value())).toList();
        }
        // one core only: live edits must not wait for the cores this takes; nor for the comparison, made unlocked
        LinkChange change = all
                ? LinkChange.between(links, diagnostics, scanner.linksInBackground(sessions, tasks, paths))
                : LinkChange.replacing(
                        links,
                        diagnostics,
                        ids.stream().map(NodeRef::session).collect(Collectors.toSet()),
                        sessions.stream()
                                .map(s -> s.directory() + "/session_log.md")
                                .collect(Collectors.toSet()),
                        scanner.sessionLinksInBackground(sessions, tasks, paths));
        synchronized (lock) {
            if (state.version() != version) {
                request(all, ids); // newer changes arrived meanwhile
                return;
            }
            store(change);
            state.publish();
            afterStored.run();
        }
    }

    private void store(LinkChange change) {
        if (change.isEmpty()) {
            mirror.linksCurrent();
        } else {
            long started = System.nanoTime();
            mirror.replaceLinks(change.removed(), change.added(), change.diagnostics());
            progress.time("store links", System.nanoTime() - started);
            LOG.debugf(
                    "Links: %d removed, %d added, %d dangling",
                    change.removed().size(),
                    change.added().size(),
                    change.diagnostics().size());
        }
        state.links(change.links(), change.diagnostics());
    }

    /** What the background worker is asked to do next. */
    private static final class Requests {
        boolean scheduled;
        boolean all;
        final Set<String> sessionIds = new HashSet<>();
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
