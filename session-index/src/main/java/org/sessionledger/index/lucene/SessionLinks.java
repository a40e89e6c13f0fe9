package org.sessionledger.index.lucene;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.workspace.WorkspaceScan;

/**
 * Which sessions a task belongs to, for grouping search results by session: the sessions that name it in
 * {@code related_tasks}, the one its {@code RooComSessionID} (or a session as its parent) names, and those of its
 * parent tasks, up the chain. Read from the links of the latest scan, worked out once per scan.
 */
public final class SessionLinks {

    /** No links: tasks count only for the session their own file names. */
    public static final SessionLinks NONE = new SessionLinks(() -> null);

    private final Supplier<WorkspaceScan> scans;
    private volatile Maps maps;

    private record Maps(
            WorkspaceScan scan, Map<String, Set<String>> sessionsOfTask, Map<String, Set<String>> tasksOf) {}

    /** @param scans the latest scan (may be null before the first one) */
    public SessionLinks(Supplier<WorkspaceScan> scans) {
        this.scans = scans;
    }

    /** The sessions a task is linked to, directly or through its parents. */
    public Set<String> sessionsOf(String taskId) {
        return maps().sessionsOfTask().getOrDefault(taskId, Set.of());
    }

    /** The tasks linked to a session, directly or through their parents (a filter by session includes them). */
    public Set<String> tasksOf(String sessionId) {
        return maps().tasksOf().getOrDefault(sessionId, Set.of());
    }

    private Maps maps() {
        WorkspaceScan scan = scans.get();
        Maps known = maps;
        if (known != null && known.scan() == scan) {
            return known;
        }
        Maps built = scan == null ? new Maps(null, Map.of(), Map.of()) : build(scan);
        maps = built;
        return built;
    }

    private static Maps build(WorkspaceScan scan) {
        Map<String, Set<String>> direct = new HashMap<>();
        Map<String, List<String>> children = new HashMap<>();
        for (Link link : scan.links()) {
            switch (link.type()) {
                case RELATED_TASK -> add(direct, link.to().key(), link.from().key());
                case TASK_SESSION -> add(direct, link.from().key(), link.to().key());
                case PARENT_TASK ->
                    children.computeIfAbsent(link.to().key(), k -> new java.util.ArrayList<>())
                            .add(link.from().key());
                default -> {}
            }
        }
        // a task's sessions are its own and its ancestors': pass each task's sessions down to its descendants
        Map<String, Set<String>> sessionsOfTask = new HashMap<>();
        direct.forEach((task, sessions) -> {
            Deque<String> todo = new ArrayDeque<>(List.of(task));
            Set<String> seen = new HashSet<>();
            while (!todo.isEmpty()) {
                String t = todo.pop();
                if (seen.add(t)) {
                    sessionsOfTask
                            .computeIfAbsent(t, k -> new LinkedHashSet<>())
                            .addAll(sessions);
                    todo.addAll(children.getOrDefault(t, List.of()));
                }
            }
        });
        Map<String, Set<String>> tasksOf = new HashMap<>();
        sessionsOfTask.forEach((task, sessions) -> sessions.forEach(s -> add(tasksOf, s, task)));
        return new Maps(scan, sessionsOfTask, tasksOf);
    }

    private static void add(Map<String, Set<String>> map, String key, String value) {
        map.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(value);
    }
}
