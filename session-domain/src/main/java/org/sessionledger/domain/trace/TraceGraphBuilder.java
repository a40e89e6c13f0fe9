package org.sessionledger.domain.trace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.NodeKind;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;

/**
 * Builds trace graphs: session → related tasks → subtasks → dependencies → artifacts, log mentions, and the
 * reverse edges (who uses this artifact), within N hops of a node.
 */
public final class TraceGraphBuilder {

    private final WorkspaceScan scan;
    private final Map<NodeRef, List<Link>> outgoing = new HashMap<>();
    private final Map<NodeRef, List<Link>> incoming = new HashMap<>();
    private final Map<String, Session> sessions = new HashMap<>();
    private final Map<String, Task> tasks = new HashMap<>();

    public TraceGraphBuilder(WorkspaceScan scan) {
        this.scan = scan;
        for (Link link : new LinkedHashSet<>(scan.links())) {
            outgoing.computeIfAbsent(link.from(), k -> new ArrayList<>()).add(link);
            incoming.computeIfAbsent(link.to(), k -> new ArrayList<>()).add(link);
        }
        scan.sessions().forEach(s -> sessions.put(s.id().value(), s));
        scan.tasks().forEach(t -> tasks.putIfAbsent(t.id(), t));
    }

    /** Whether the node exists in the workspace (artifacts: some link to it resolved). */
    public boolean exists(NodeRef ref) {
        return switch (ref.kind()) {
            case SESSION -> sessions.containsKey(ref.key());
            case TASK -> tasks.containsKey(ref.key());
            case ARTIFACT -> incoming.getOrDefault(ref, List.of()).stream().anyMatch(Link::resolved);
        };
    }

    /** The nodes within {@code hops} of {@code root}, following links both ways, and the links among them. */
    public TraceGraph neighbourhood(NodeRef root, int hops) {
        Map<NodeRef, Integer> depth = new LinkedHashMap<>();
        depth.put(root, 0);
        Deque<NodeRef> queue = new ArrayDeque<>(List.of(root));
        Set<Link> edges = new LinkedHashSet<>();
        while (!queue.isEmpty()) {
            NodeRef current = queue.removeFirst();
            int d = depth.get(current);
            if (d >= hops) {
                continue;
            }
            List<Link> around = new ArrayList<>(outgoing.getOrDefault(current, List.of()));
            around.addAll(incoming.getOrDefault(current, List.of()));
            for (Link link : around) {
                edges.add(link);
                NodeRef other = link.from().equals(current) ? link.to() : link.from();
                if (!depth.containsKey(other)) {
                    depth.put(other, d + 1);
                    queue.addLast(other);
                }
            }
        }
        List<TraceGraph.Node> nodes = depth.entrySet().stream()
                .map(e -> node(e.getKey(), e.getValue()))
                .toList();
        List<TraceGraph.Edge> edgeList = edges.stream()
                .filter(l -> depth.containsKey(l.from()) && depth.containsKey(l.to()))
                .map(l -> new TraceGraph.Edge(l.type(), l.from(), l.to(), l.resolved()))
                .toList();
        return new TraceGraph(root, nodes, edgeList);
    }

    private TraceGraph.Node node(NodeRef ref, int depth) {
        return switch (ref.kind()) {
            case SESSION ->
                Optional.ofNullable(sessions.get(ref.key()))
                        .map(s -> new TraceGraph.Node(ref, s.title(), status(s), false, depth))
                        .orElseGet(() -> new TraceGraph.Node(ref, ref.key(), "missing", true, depth));
            case TASK ->
                Optional.ofNullable(tasks.get(ref.key()))
                        .map(t -> new TraceGraph.Node(
                                ref,
                                t.title(),
                                t.status()
                                        .map(st -> st.name().toLowerCase(Locale.ROOT))
                                        .orElse("unknown"),
                                false,
                                depth))
                        .orElseGet(() -> new TraceGraph.Node(ref, ref.key(), "missing", true, depth));
            case ARTIFACT ->
                new TraceGraph.Node(
                        ref,
                        ref.key().substring(ref.key().lastIndexOf('/') + 1),
                        exists(ref) ? "file" : "missing",
                        !exists(ref),
                        depth);
        };
    }

    private static String status(Session s) {
        return s.status().map(st -> st.word().toLowerCase(Locale.ROOT)).orElse("unknown");
    }

    /** Every broken link of the workspace: dangling task ids, missing files, cycles of parent tasks. */
    public List<BrokenLink> brokenLinks() {
        List<BrokenLink> broken = new ArrayList<>();
        for (Link link : new LinkedHashSet<>(scan.links())) {
            if (!link.resolved()) {
                broken.add(new BrokenLink(
                        link.to().kind() == NodeKind.TASK
                                ? BrokenLink.Problem.DANGLING_TASK
                                : BrokenLink.Problem.MISSING_FILE,
                        link.type(),
                        link.from(),
                        link.to(),
                        (link.to().kind() == NodeKind.TASK ? "No task file defines " : "No file at ")
                                + link.to().key()));
            }
        }
        broken.addAll(ParentCycles.find(scan.links()));
        return broken;
    }
}
