package org.sessionledger.web.trace;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.trace.BrokenLink;
import org.sessionledger.domain.trace.TraceGraph;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/** Trace graph pages (interactive, with a nested list for readers without JavaScript) and the link-health view. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class TracePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance graph(
                String kind, String key, int hops, TraceGraph graph, TraceService.TreeItem tree, String dataUrl);

        static native TemplateInstance links(List<BrokenLink> broken);
    }

    private final TraceService traces;

    TracePage(TraceService traces) {
        this.traces = traces;
    }

    @GET
    @Access(Need.READ)
    @Path("trace/{kind:session|task|file}/{key:.+}")
    public TemplateInstance graph(@RestPath String kind, @RestPath String key, @RestQuery String hops) {
        int depth = TraceService.hops(hops);
        NodeRef ref = traces.ref(kind, key);
        TraceGraph graph = traces.graph(ref, depth);
        String dataUrl = org.sessionledger.web.project.ProjectScope.apiBase() + "/trace/" + kind + "/"
                + org.sessionledger.web.template.TemplateExtensions.path(key) + "?hops=" + depth;
        return Templates.graph(kind, key, depth, graph, TraceService.tree(graph), dataUrl);
    }

    @GET
    @Access(Need.READ)
    @Path("links")
    public TemplateInstance links() {
        return Templates.links(traces.brokenLinks());
    }
}
