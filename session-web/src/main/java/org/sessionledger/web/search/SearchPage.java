package org.sessionledger.web.search;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.index.lucene.SearchResult;
import org.sessionledger.web.auth.Access;
import org.sessionledger.web.auth.Need;
import org.sessionledger.web.metrics.LedgerMetrics;
import org.sessionledger.web.project.ProjectScope;

/** The search page: one box with the query syntax, facets with counts, highlighted passages. */
@Path("/search")
public class SearchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance search(
                SearchQuery query,
                SearchResult result,
                List<FacetView> facets,
                List<HitView> hits,
                List<SessionGroupView> groups,
                Pager pager,
                String error);
    }

    /** Deep pages cost more to collect and nobody reads them: search narrower instead. */
    private static final int MAX_PAGES = 50;

    private final ProjectSearch search;
    private final LedgerMetrics metrics;

    SearchPage(ProjectSearch search, LedgerMetrics metrics) {
        this.search = search;
        this.metrics = metrics;
    }

    @GET
    @Access(Need.READ)
    @org.sessionledger.web.reads.Recorded("search")
    public Response search(@BeanParam SearchQuery query) {
        if (query.text().isEmpty() && query.filters().isEmpty()) {
            return page(200, Templates.search(query, null, List.of(), List.of(), List.of(), Pager.of(query, 1, 0), ""));
        }
        try {
            SearchResult result = metrics.timeSearch(() -> search.search(query));
            org.sessionledger.web.reads.ReadNotes.add("hits=" + result.total());
            List<HitView> hits = result.hits().stream()
                    .map(h -> HitView.of(
                            h,
                            query.text(),
                            search.across(query) ? ProjectScope.base(h.project()) : ProjectScope.base(),
                            search.across(query)))
                    .toList();
            int size = query.pageSize();
            int pages = (int) Math.min(MAX_PAGES, (result.total() + size - 1) / size);
            int current = query.pageNumber();
            return page(
                    200,
                    Templates.search(
                            query,
                            result,
                            FacetView.of(query, result.facets()),
                            hits,
                            search.across(query)
                                    ? List.of()
                                    : SessionGroupView.of(
                                            query, result, search.scope(query).snapshot()),
                            Pager.of(query, current, pages),
                            ""));
        } catch (InvalidRequestException e) {
            return page(
                    400,
                    Templates.search(
                            query, null, List.of(), List.of(), List.of(), Pager.of(query, 1, 0), e.getMessage()));
        }
    }

    private static Response page(int status, TemplateInstance page) {
        return Response.status(status)
                .entity(page)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .build();
    }
}
