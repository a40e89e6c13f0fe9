package org.sessionledger.index.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.index.snapshot.StateSnapshot;

/** The in-memory picture of the workspace, kept equal to the mirrors; readers get immutable snapshots. */
public final class WorkspaceState {

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    /** The same sessions in id order (then unit key), so that publishing never sorts. */
    private final ConcurrentSkipListMap<String, Session> sessionsInOrder = new ConcurrentSkipListMap<>();
    /** Keyed by unit key ({@code task:<path>}): path order. */
    private final ConcurrentSkipListMap<String, Task> tasks = new ConcurrentSkipListMap<>();
    /** Keyed by unit key, in order. */
    private final ConcurrentSkipListMap<String, List<Diagnostic>> diagnostics = new ConcurrentSkipListMap<>();

    private final Map<String, List<MirrorUnit.FileState>> files = new ConcurrentHashMap<>();
    private volatile List<Link> links = List.of();
    private volatile List<Diagnostic> linkDiagnostics = List.of();
    private volatile WorkspaceScan snapshot = new WorkspaceScan(List.of(), List.of(), List.of(), List.of());
    private final AtomicLong version = new AtomicLong();

    void putSession(String key, Session session, List<Diagnostic> found) {
        // a unit is a session or a task, never both
        tasks.remove(key);
        removeSession(key);
        sessions.put(key, session);
        sessionsInOrder.put(orderKey(key, session), session);
        diagnostics.put(key, List.copyOf(found));
    }

    void putTask(String key, Task task, List<Diagnostic> found) {
        removeSession(key);
        tasks.put(key, task);
        diagnostics.put(key, List.copyOf(found));
    }

    void putDiagnostics(String key, List<Diagnostic> found) {
        removeSession(key);
        tasks.remove(key);
        diagnostics.put(key, List.copyOf(found));
    }

    private void removeSession(String key) {
        Session old = sessions.remove(key);
        if (old != null) {
            sessionsInOrder.remove(orderKey(key, old));
        }
    }

    private static String orderKey(String unit, Session session) {
        return session.id().value() + "\u0000" + unit;
    }

    /** Sets the diagnostics of a unit, keeping its session or task. */
    void diagnostics(String key, List<Diagnostic> found) {
        diagnostics.put(key, List.copyOf(found));
    }

    void remove(String key) {
        removeSession(key);
        tasks.remove(key);
        diagnostics.remove(key);
        files.remove(key);
    }

    /** Sets the file states recorded for a unit (none: the unit is to be read again). */
    void files(String key, List<MirrorUnit.FileState> recorded) {
        if (recorded.isEmpty()) {
            files.remove(key);
        } else {
            files.put(key, List.copyOf(recorded));
        }
    }

    /** Recorded file states by unit, as the mirror holds them. */
    Map<String, List<MirrorUnit.FileState>> files() {
        return files;
    }

    /** Everything known, for a snapshot taken at mirror {@code generation} and full-text index {@code indexCommit}. */
    StateSnapshot toSnapshot(long generation, long indexCommit) {
        return new StateSnapshot(
                generation,
                indexCommit,
                Map.copyOf(sessions),
                Map.copyOf(tasks),
                Map.copyOf(diagnostics),
                links,
                linkDiagnostics,
                Map.copyOf(files));
    }

    /** Takes over what a snapshot holds. */
    void restore(StateSnapshot snapshot) {
        clear();
        snapshot.sessions().forEach((key, session) -> {
            sessions.put(key, session);
            sessionsInOrder.put(orderKey(key, session), session);
        });
        tasks.putAll(snapshot.tasks());
        diagnostics.putAll(snapshot.diagnostics());
        files.putAll(snapshot.files());
        links(snapshot.links(), snapshot.linkDiagnostics());
    }

    /** The session of a unit, or null. */
    Session session(String key) {
        return sessions.get(key);
    }

    boolean contains(String key) {
        return sessions.containsKey(key) || tasks.containsKey(key) || diagnostics.containsKey(key);
    }

    Collection<String> keys() {
        List<String> keys = new ArrayList<>(diagnostics.keySet());
        keys.remove(UnitKeys.DISCOVERY);
        return keys;
    }

    List<Session> sessions() {
        return List.copyOf(sessionsInOrder.values());
    }

    List<Task> tasks() {
        return List.copyOf(tasks.values());
    }

    List<Link> links() {
        return links;
    }

    List<Diagnostic> linkDiagnostics() {
        return linkDiagnostics;
    }

    void links(List<Link> resolved, List<Diagnostic> dangling) {
        this.links = List.copyOf(resolved);
        this.linkDiagnostics = List.copyOf(dangling);
    }

    void clear() {
        sessions.clear();
        sessionsInOrder.clear();
        tasks.clear();
        diagnostics.clear();
        files.clear();
        links(List.of(), List.of());
    }

    /** Rebuilds the snapshot readers see and counts a new version. */
    void publish() {
        List<Diagnostic> all = new ArrayList<>();
        diagnostics.values().forEach(all::addAll);
        all.addAll(linkDiagnostics);
        snapshot = new WorkspaceScan(sessions(), tasks(), links, all);
        version.incrementAndGet();
    }

    public WorkspaceScan snapshot() {
        return snapshot;
    }

    /** Increases each time the snapshot changes. */
    public long version() {
        return version.get();
    }
}
