package org.sessionledger.index.sync;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    private final Map<String, Task> tasks = new ConcurrentHashMap<>();
    private final Map<String, List<Diagnostic>> diagnostics = new ConcurrentHashMap<>();
    private final Map<String, List<MirrorUnit.FileState>> files = new ConcurrentHashMap<>();
    private volatile List<Link> links = List.of();
    private volatile List<Diagnostic> linkDiagnostics = List.of();
    private volatile WorkspaceScan snapshot = new WorkspaceScan(List.of(), List.of(), List.of(), List.of());
    private final AtomicLong version = new AtomicLong();

    void putSession(String key, Session session, List<Diagnostic> found) {
        // a unit is a session or a task, never both
        tasks.remove(key);
        sessions.put(key, session);
        diagnostics.put(key, List.copyOf(found));
    }

    void putTask(String key, Task task, List<Diagnostic> found) {
        sessions.remove(key);
        tasks.put(key, task);
        diagnostics.put(key, List.copyOf(found));
    }

    void putDiagnostics(String key, List<Diagnostic> found) {
        sessions.remove(key);
        tasks.remove(key);
        diagnostics.put(key, List.copyOf(found));
    }

    /** Sets the diagnostics of a unit, keeping its session or task. */
    void diagnostics(String key, List<Diagnostic> found) {
        diagnostics.put(key, List.copyOf(found));
    }

    void remove(String key) {
        sessions.remove(key);
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

    /** Everything known, for a snapshot taken at mirror {@code generation}. */
    StateSnapshot toSnapshot(long generation) {
        return new StateSnapshot(
                generation,
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
        sessions.putAll(snapshot.sessions());
        tasks.putAll(snapshot.tasks());
        diagnostics.putAll(snapshot.diagnostics());
        files.putAll(snapshot.files());
        links(snapshot.links(), snapshot.linkDiagnostics());
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
        return sessions.values().stream()
                .sorted(Comparator.comparing(Session::id))
                .toList();
    }

    List<Task> tasks() {
        return tasks.values().stream().sorted(Comparator.comparing(Task::path)).toList();
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
        tasks.clear();
        diagnostics.clear();
        files.clear();
        links(List.of(), List.of());
    }

    /** Rebuilds the snapshot readers see and counts a new version. */
    void publish() {
        List<Diagnostic> all = new ArrayList<>();
        diagnostics.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> all.addAll(e.getValue()));
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
