package org.sessionledger.web.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sessionledger.index.lucene.SearchResult;
import org.sessionledger.web.metrics.LedgerMetrics;
import org.sessionledger.web.workspace.WorkspaceService;

/** JSON search: the same parameters as the search page. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final WorkspaceService workspace;
    private final LedgerMetrics metrics;

    SearchResource(WorkspaceService workspace, LedgerMetrics metrics) {
        this.workspace = workspace;
        this.metrics = metrics;
    }

    @GET
    public SearchResult search(@BeanParam SearchQuery query) {
        return metrics.timeSearch(() -> workspace.searcher().search(query.toRequest()));
    }
}
