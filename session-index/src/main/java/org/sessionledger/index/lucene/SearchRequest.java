package org.sessionledger.index.lucene;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A search: query syntax (terms, phrases, {@code field:value}, AND/OR/NOT, prefix*, fuzzy~), exact filters on facet
 * fields and on a session, a time range, an order and a page; with {@code bySession}, also the matches counted by
 * session (entries, artifacts and the tasks linked to each session).
 */
public record SearchRequest(
        String query,
        Map<String, String> filters,
        Optional<Instant> from,
        Optional<Instant> to,
        Order order,
        int page,
        int pageSize,
        boolean bySession) {

    /** Result order. */
    public enum Order {
        RELEVANCE,
        NEWEST,
        OLDEST
    }

    /** The fields that can be filtered and counted. */
    public static final java.util.List<String> FACETS = java.util.List.of(
            IndexFields.KIND,
            IndexFields.STATUS,
            IndexFields.CATEGORY,
            IndexFields.COORDINATOR,
            IndexFields.TAG,
            IndexFields.SECRET);

    public SearchRequest {
        query = query == null ? "" : query.strip();
        filters = Map.copyOf(filters);
        page = Math.max(1, page);
        pageSize = Math.clamp(pageSize, 1, 100);
    }

    /** A search without counts by session. */
    public SearchRequest(
            String query,
            Map<String, String> filters,
            Optional<Instant> from,
            Optional<Instant> to,
            Order order,
            int page,
            int pageSize) {
        this(query, filters, from, to, order, page, pageSize, false);
    }

    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), Optional.empty(), Optional.empty(), Order.RELEVANCE, 1, 20);
    }

    /** This search, with the matches counted by session. */
    public SearchRequest groupedBySession() {
        return new SearchRequest(query, filters, from, to, order, page, pageSize, true);
    }
}
