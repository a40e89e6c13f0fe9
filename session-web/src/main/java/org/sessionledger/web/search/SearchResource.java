package org.sessionledger.web.search;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sessionledger.index.lucene.SearchResult;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.metrics.LedgerMetrics;

/** JSON search: the same parameters as the search page. */
@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final ProjectSearch search;
    private final LedgerMetrics metrics;

    SearchResource(ProjectSearch search, LedgerMetrics metrics) {
        this.search = search;
        this.metrics = metrics;
    }

    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("search")
    public SearchResult search(@BeanParam SearchQuery query) {
        SearchResult result = metrics.timeSearch(() -> search.search(query));
        org.sessionledger.web.reads.ReadNotes.add("hits=" + result.total());
        return result;
    }
}
