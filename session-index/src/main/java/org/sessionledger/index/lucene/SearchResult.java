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
 * @param sessions when the search was grouped by session: the sessions with matches, most first (at most
 *     {@link #MAX_SESSIONS}); a task counts for each session it is linked to
 * @param sessionTotal how many sessions have matches (0 when not grouped)
 * @param note how the query was read when not as written ({@code searched literally}), else empty
 */
public record SearchResult(
        long total,
        List<Hit> hits,
        Map<String, List<FacetCount>> facets,
        long tookMicros,
        List<SessionCount> sessions,
        long sessionTotal,
        String note) {

    /** At most this many sessions are listed. */
    public static final int MAX_SESSIONS = 100;

    /** A value of a facet and how many matches carry it. */
    public record FacetCount(String value, long count) {}

    /** A session and how many matches belong to it. */
    public record SessionCount(String session, long count) {}

    public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, long tookMicros) {
        this(total, hits, facets, tookMicros, List.of(), 0, "");
    }

    /**
     * A matching document. {@code passage} and {@code titlePassage} are HTML: the file's text escaped, with the
     * matched words in {@code <mark>}. {@code project} names the project whose index holds it. {@code line} is the line of the file the first highlighted match is on (for an
     * entry, a line of its text, which may lie below the entry's first line), else the entry's line or 0.
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
            String passage,
            String project) {

        /** This hit as one of {@code project}'s (a search of one project's index leaves the project empty). */
        public Hit withProject(String project) {
            return new Hit(
                    id, kind, session, task, path, title, line, time, status, category, actor, score, passage, project);
        }
    }
}
