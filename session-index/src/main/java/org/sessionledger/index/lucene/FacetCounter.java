package org.sessionledger.index.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matches of a query and their facet values in one unscored pass. Each match adds one to its
 * {@link FacetGroup}; the groups' counts are then spread over their values. What each group of a segment holds is
 * decoded once per segment and kept until the segment closes.
 */
final class FacetCounter {

    /**
     * The total, the counted values of each dimension (most frequent first), and, when asked, the matches in each
     * session (their documents, and tasks for each session they are linked to).
     */
    record Counts(long total, Map<String, List<SearchResult.FacetCount>> facets, Map<String, Long> sessions) {}

    /**
     * What the groups of a segment hold, by group ordinal: the label ids of their facet values, and the sessions and
     * task ids they name (counted only when a search groups by session).
     */
    private record Segment(int[][] facets, String[][] sessions, String[][] tasks) {}

    private final Map<IndexReader.CacheKey, Segment> groupsBySegment = new ConcurrentHashMap<>();
    private final Map<FacetGroup.Label, Integer> ids = new HashMap<>();
    private final List<FacetGroup.Label> labels = new ArrayList<>();

    /** A collector manager for one search, keeping each dimension's {@code limit} most frequent values. */
    Run run(int limit) {
        return new Run(limit, null);
    }

    /** As {@link #run(int)}, also counting the matches of each session, tasks mapped to theirs by {@code links}. */
    Run run(int limit, SessionLinks links) {
        return new Run(limit, links);
    }

    private synchronized int id(FacetGroup.Label label) {
        return ids.computeIfAbsent(label, l -> {
            labels.add(l);
            return labels.size() - 1;
        });
    }

    private synchronized FacetGroup.Label label(int id) {
        return labels.get(id);
    }

    /** The label ids of every group of a segment, by group ordinal. */
    private Segment groups(LeafReader reader, SortedDocValues values) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return decode(values);
        }
        Segment known = groupsBySegment.get(helper.getKey());
        if (known == null) {
            known = decode(values);
            if (groupsBySegment.putIfAbsent(helper.getKey(), known) == null) {
                helper.addClosedListener(groupsBySegment::remove);
            }
        }
        return known;
    }

    private Segment decode(SortedDocValues values) throws IOException {
        int count = values.getValueCount();
        Segment segment = new Segment(new int[count][], new String[count][], new String[count][]);
        for (int ord = 0; ord < count; ord++) {
            List<FacetGroup.Label> group =
                    FacetGroup.decode(values.lookupOrd(ord).utf8ToString());
            List<Integer> facetIds = new ArrayList<>(group.size());
            List<String> sessions = new ArrayList<>(1);
            List<String> tasks = new ArrayList<>(1);
            for (FacetGroup.Label label : group) {
                switch (label.dim()) {
                    case FacetGroup.SESSION_DIM -> sessions.add(label.value());
                    case FacetGroup.TASK_DIM -> tasks.add(label.value());
                    default -> facetIds.add(id(label));
                }
            }
            segment.facets()[ord] =
                    facetIds.stream().mapToInt(Integer::intValue).toArray();
            segment.sessions()[ord] = sessions.toArray(String[]::new);
            segment.tasks()[ord] = tasks.toArray(String[]::new);
        }
        return segment;
    }

    /** One search's counting: each slice of the index counts into a collector of its own, and reduce adds them up. */
    final class Run implements CollectorManager<Run.Slice, Counts> {
        private final int limit;
        private final SessionLinks links;

        private Run(int limit, SessionLinks links) {
            this.limit = limit;
            this.links = links;
        }

        @Override
        public Slice newCollector() {
            return new Slice();
        }

        /** The counts of one slice (the searcher may run slices side by side). */
        final class Slice implements Collector {
            private long total;
            private long[] byLabel = new long[64];
            private final Map<String, Long> bySession = new HashMap<>();

            @Override
            public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                return leaf(context.reader());
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            private LeafCollector leaf(LeafReader reader) throws IOException {
                SortedDocValues values = DocValues.getSorted(reader, IndexFields.FACETS);
                int[] perGroup = new int[values.getValueCount()];
                long before = total;
                return new LeafCollector() {
                    @Override
                    public void setScorer(Scorable scorer) {}

                    @Override
                    public void collect(int doc) throws IOException {
                        total++;
                        if (values.advanceExact(doc)) {
                            perGroup[values.ordValue()]++;
                        }
                    }

                    @Override
                    public void finish() throws IOException {
                        if (total == before) {
                            return; // nothing matched here: no need to know the segment's groups
                        }
                        Segment groups = groups(reader, values);
                        for (int ord = 0; ord < perGroup.length; ord++) {
                            if (perGroup[ord] > 0) {
                                for (int id : groups.facets()[ord]) {
                                    add(id, perGroup[ord]);
                                }
                                if (links != null) {
                                    sessions(groups.sessions()[ord], groups.tasks()[ord], perGroup[ord]);
                                }
                            }
                        }
                    }
                };
            }

            /** A group's matches count once for each session its documents belong or are linked to. */
            private void sessions(String[] own, String[] tasks, long count) {
                if (tasks.length == 0 && own.length == 1) {
                    bySession.merge(own[0], count, Long::sum);
                    return;
                }
                java.util.Set<String> sessions = new java.util.HashSet<>(java.util.Arrays.asList(own));
                for (String task : tasks) {
                    sessions.addAll(links.sessionsOf(task));
                }
                sessions.forEach(s -> bySession.merge(s, count, Long::sum));
            }

            private void add(int id, long count) {
                if (id >= byLabel.length) {
                    byLabel = Arrays.copyOf(byLabel, Math.max(id + 1, byLabel.length * 2));
                }
                byLabel[id] += count;
            }
        }

        /** The counts, each dimension's most frequent values (ties in value order). */
        @Override
        public Counts reduce(Collection<Slice> slices) {
            long total = 0;
            long[] byLabel = new long[0];
            Map<String, Long> sessions = new HashMap<>();
            for (Slice slice : slices) {
                total += slice.total;
                slice.bySession.forEach((s, c) -> sessions.merge(s, c, Long::sum));
                if (slice.byLabel.length > byLabel.length) {
                    byLabel = Arrays.copyOf(byLabel, slice.byLabel.length);
                }
                for (int id = 0; id < slice.byLabel.length; id++) {
                    byLabel[id] += slice.byLabel[id];
                }
            }
            Map<String, List<SearchResult.FacetCount>> facets = new LinkedHashMap<>();
            List<List<SearchResult.FacetCount>> byDim = new ArrayList<>();
            for (String dim : SearchRequest.FACETS) {
                List<SearchResult.FacetCount> values = new ArrayList<>();
                facets.put(dim, values);
                byDim.add(values);
            }
            for (int id = 0; id < byLabel.length; id++) {
                if (byLabel[id] > 0) {
                    FacetGroup.Label label = label(id);
                    byDim.get(label.dim()).add(new SearchResult.FacetCount(label.value(), byLabel[id]));
                }
            }
            Comparator<SearchResult.FacetCount> order = Comparator.comparingLong(SearchResult.FacetCount::count)
                    .reversed()
                    .thenComparing(SearchResult.FacetCount::value);
            for (List<SearchResult.FacetCount> values : byDim) {
                values.sort(order);
                if (values.size() > limit) {
                    values.subList(limit, values.size()).clear();
                }
            }
            return new Counts(total, facets, sessions);
        }
    }
}
