package org.sessionledger.web.search;

import java.util.List;
import java.util.Map;
import org.sessionledger.index.lucene.SearchResult;

/**
 * A facet of the results as the page shows it: each value with its count and the link that filters by it (or, when it
 * is the active filter, removes it). The links are built here, once, rather than by the template for every value.
 */
public record FacetView(String name, List<FacetView.Value> values) {

    public record Value(String value, long count, String href, boolean active) {}

    /** The facet of a search across projects. */
    public static final String PROJECT = "project";

    static List<FacetView> of(SearchQuery query, Map<String, List<SearchResult.FacetCount>> facets) {
        Map<String, String> filters = query.filters();
        return facets.entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new FacetView(
                        e.getKey(),
                        e.getValue().stream()
                                .map(v -> new Value(
                                        v.value(),
                                        v.count(),
                                        query.with(e.getKey(), v.value()),
                                        v.value()
                                                .equals(
                                                        e.getKey().equals(PROJECT)
                                                                ? query.projectFilter()
                                                                : filters.get(e.getKey()))))
                                .toList()))
                .toList();
    }
}
