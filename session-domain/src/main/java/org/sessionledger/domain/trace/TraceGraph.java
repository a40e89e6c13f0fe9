package org.sessionledger.domain.trace;

import java.util.List;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;

/** A neighbourhood of sessions, tasks and artifacts around one of them. */
public record TraceGraph(NodeRef root, List<Node> nodes, List<Edge> edges) {

    public TraceGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /**
     * A node: {@code missing} when something links to it but it does not exist.
     *
     * @param depth hops from the root
     */
    public record Node(NodeRef ref, String label, String status, boolean missing, int depth) {}

    public record Edge(LinkType type, NodeRef from, NodeRef to, boolean resolved) {}
}
