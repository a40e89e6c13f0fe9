package org.sessionledger.web.trace;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.sessionledger.domain.trace.BrokenLink;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;

/** Trace graphs as graph-library elements, and the workspace's broken links. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class TraceResource {

    private final TraceService traces;

    TraceResource(TraceService traces) {
        this.traces = traces;
    }

    @GET
    @Access(Need.READ)
    @Path("trace/{kind:session|task|file}/{key:.+}")
    public TraceService.Elements graph(@RestPath String kind, @RestPath String key, @RestQuery String hops) {
        return TraceService.elements(traces.graph(traces.ref(kind, key), TraceService.hops(hops)));
    }

    @GET
    @Access(Need.READ)
    @Path("links/broken")
    public List<BrokenLink> broken() {
        return traces.brokenLinks();
    }
}
