package org.sessionledger.web.trace;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.error.NotFoundException;
import org.sessionledger.domain.link.NodeKind;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.trace.BrokenLink;
import org.sessionledger.domain.trace.TraceGraph;
import org.sessionledger.domain.trace.TraceGraphBuilder;
import org.sessionledger.web.params.NumberParam;
import org.sessionledger.web.template.TemplateExtensions;
import org.sessionledger.web.workspace.WorkspaceService;

/** Trace graphs and link health over the current snapshot, shaped for pages and the graph library. */
@ApplicationScoped
public class TraceService {

    public static final int MAX_HOPS = 4;

    private final WorkspaceService workspace;

    TraceService(WorkspaceService workspace) {
        this.workspace = workspace;
    }

    /** Graph elements as the graph library reads them. */
    public record Elements(List<Map<String, Object>> nodes, List<Map<String, Object>> edges) {}

    /** One level of the nested-list view. */
    public record TreeItem(
            String label,
            String href,
            String kind,
            String status,
            String relation,
            boolean missing,
            List<TreeItem> children) {}

    public NodeRef ref(String kind, String key) {
        NodeRef ref = switch (kind) {
            case "session" -> NodeRef.session(key);
            case "task" -> NodeRef.task(key);
            case "file" -> NodeRef.artifact(key);
            default -> throw new NotFoundException("graph kind", kind);
        };
        if (!new TraceGraphBuilder(workspace.current()).exists(ref) && ref.kind() != NodeKind.ARTIFACT) {
            throw new NotFoundException(kind, key);
        }
        return ref;
    }

    /** The {@code hops} parameter: 1 to {@link #MAX_HOPS}, 2 when absent. */
    public static int hops(String hops) {
        return NumberParam.parse(hops, "hops", 1, MAX_HOPS, 2);
    }

    public TraceGraph graph(NodeRef root, int hops) {
        if (hops < 1 || hops > MAX_HOPS) {
            throw new InvalidRequestException("hops must be between 1 and " + MAX_HOPS + ".");
        }
        return new TraceGraphBuilder(workspace.current()).neighbourhood(root, hops);
    }

    public List<BrokenLink> brokenLinks() {
        return new TraceGraphBuilder(workspace.current()).brokenLinks();
    }

    public static Elements elements(TraceGraph graph) {
        List<Map<String, Object>> nodes = new ArrayList<>();
        for (TraceGraph.Node n : graph.nodes()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", id(n.ref()));
            data.put("label", n.label());
            data.put("kind", n.ref().kind().name().toLowerCase(java.util.Locale.ROOT));
            data.put("status", n.status());
            data.put("missing", n.missing());
            data.put("root", n.ref().equals(graph.root()));
            data.put("href", n.missing() ? "" : TemplateExtensions.href(n.ref()));
            nodes.add(Map.of("data", data));
        }
        List<Map<String, Object>> edges = new ArrayList<>();
        for (TraceGraph.Edge e : graph.edges()) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("id", id(e.from()) + "->" + e.type() + "->" + id(e.to()));
            data.put("source", id(e.from()));
            data.put("target", id(e.to()));
            data.put("type", TemplateExtensions.label(e.type()));
            data.put("resolved", e.resolved());
            edges.add(Map.of("data", data));
        }
        return new Elements(nodes, edges);
    }

    /** The graph as a tree from the root: each node under the node it was first reached from. */
    public static TreeItem tree(TraceGraph graph) {
        Map<NodeRef, TraceGraph.Node> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.ref(), n));
        Map<NodeRef, List<TreeItem>> children = new HashMap<>();
        List<TraceGraph.Node> byDepth = graph.nodes().stream()
                .sorted(java.util.Comparator.comparingInt(TraceGraph.Node::depth)
                        .reversed())
                .toList();
        Map<NodeRef, TreeItem> items = new HashMap<>();
        for (TraceGraph.Node n : byDepth) {
            items.put(n.ref(), null);
        }
        for (TraceGraph.Node n : byDepth) {
            if (n.depth() == 0) {
                continue;
            }
            for (TraceGraph.Edge e : graph.edges()) {
                NodeRef other = e.from().equals(n.ref()) ? e.to() : e.to().equals(n.ref()) ? e.from() : null;
                if (other != null && nodes.get(other).depth() == n.depth() - 1) {
                    String relation = e.from().equals(n.ref())
                            ? "← " + TemplateExtensions.label(e.type())
                            : TemplateExtensions.label(e.type());
                    children.computeIfAbsent(other, k -> new ArrayList<>()).add(item(n, relation, children));
                    break;
                }
            }
        }
        return item(nodes.get(graph.root()), "", children);
    }

    private static TreeItem item(TraceGraph.Node n, String relation, Map<NodeRef, List<TreeItem>> children) {
        return new TreeItem(
                n.label(),
                n.missing() ? "" : TemplateExtensions.href(n.ref()),
                n.ref().kind().name().toLowerCase(java.util.Locale.ROOT),
                n.status(),
                relation,
                n.missing(),
                children.getOrDefault(n.ref(), List.of()));
    }

    private static String id(NodeRef ref) {
        return ref.kind().name().toLowerCase(java.util.Locale.ROOT) + ":" + ref.key();
    }
}
