package org.sessionledger.index.lucene;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A search: query syntax (terms, phrases, {@code field:value}, AND/OR/NOT, prefix*, fuzzy~), exact filters on facet
 * fields, a time range, an order and a page.
 */
public record SearchRequest(
        String query,
        Map<String, String> filters,
        Optional<Instant> from,
        Optional<Instant> to,
        Order order,
        int page,
        int pageSize) {

    /** Result order. */
    public enum Order {
        RELEVANCE,
        NEWEST,
        OLDEST
    }

    /** The fields that can be filtered and counted. */
    public static final java.util.List<String> FACETS = java.util.List.of(
            IndexFields.KIND, IndexFields.STATUS, IndexFields.CATEGORY, IndexFields.COORDINATOR, IndexFields.TAG);

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters);
        page = Math.max(1, page);
        pageSize = Math.clamp(pageSize, 1, 100);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), Optional.empty(), Optional.empty(), Order.RELEVANCE, 1, 20);
    }
}
