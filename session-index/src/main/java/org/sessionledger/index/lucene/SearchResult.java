package org.sessionledger.index.lucene;

import java.util.List;
import java.util.Map;

/**
 * One page of hits with the facet counts of everything that matched.
 *
 * @param total how many documents matched
 * @param hits the page
 * @param facets per facet field, values with their counts, most frequent first
 * @param tookMicros time spent searching
 */
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMicros) {

    /** A value of a facet and how many matches carry it. */
    public record FacetCount(String value, long count) {}

    /**
     * A matching document. {@code passage} and {@code titlePassage} are HTML: the file's text escaped, with the
     * matched words in {@code <mark>}.
     */
    public record Hit(
            String id,
            String kind,
            String session,
            String task,
            String path,
            String title,
            int line,
            long time,
            String status,
            String category,
            String actor,
            float score,
            String passage) {}
}
