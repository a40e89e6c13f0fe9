package org.sessionledger.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Runs searches on the index: parsing, filters, facet counts, sorting, paging and highlighted passages. */
public final class LuceneSearcher {

    private static final String[] SEARCHED = {IndexFields.TITLE, IndexFields.TEXT};
    private static final int FACET_VALUES = 20;
    private static final int PASSAGE_LENGTH = 160;
    /** What a hit shows; the (possibly large) text is read only by the highlighter. */
    private static final java.util.Set<String> HIT_FIELDS = java.util.Set.of(
            IndexFields.ID,
            IndexFields.KIND,
            IndexFields.SESSION,
            IndexFields.TASK,
            IndexFields.PATH,
            IndexFields.TITLE,
            IndexFields.SHOWN_TITLE,
            IndexFields.LINE,
            IndexFields.TEXT_LINE,
            IndexFields.TIME,
            IndexFields.STATUS,
            IndexFields.CATEGORY,
            IndexFields.ACTOR);

    private static final PassageScorer SCORER = new PassageScoring();

    private final LuceneIndex index;
    private final FacetCounter facets = new FacetCounter();
    private final SessionLinks links;
    private final QueryBuilder queries;

    public LuceneSearcher(LuceneIndex index) {
        this(index, SessionLinks.NONE);
    }

    /** A searcher that maps tasks to their sessions through {@code links} when results are grouped by session. */
    public LuceneSearcher(LuceneIndex index, SessionLinks links) {
        this.index = index;
        this.links = links;
        this.queries = new QueryBuilder(index.analyzer(), links);
    }

    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        QueryBuilder.Built built = queries.build(request);
        Query query = built.query();
        try {
            return index.search(searcher -> {
                try {
                    return run(searcher, query, request, built.note(), started);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query with its filters (text that is not valid syntax is searched literally). */
    Query build(SearchRequest request) {
        return queries.build(request).query();
    }

    /**
     * Two passes: the top hits, scored with skipping (blocks that cannot reach the top are passed over), then every
     * match, unscored, for the exact total and the facet counts. Scoring every match in one pass costs more: a phrase
     * scorer, for one, counts every occurrence in each document, while matching stops at the first.
     */
    private SearchResult run(IndexSearcher searcher, Query query, SearchRequest request, String note, long started)
            throws IOException {
        int wanted = request.page() * request.pageSize();
        // the second pass counts the matches: this one need not, so it may start skipping once it holds a page
        TopDocs top = switch (request.order()) {
            case RELEVANCE -> searcher.search(query, new TopScoreDocCollectorManager(wanted, wanted));
            case NEWEST, OLDEST ->
                searcher.search(
                        query,
                        new TopFieldCollectorManager(
                                new Sort(new SortField(
                                        IndexFields.TIME,
                                        SortField.Type.LONG,
                                        request.order() == SearchRequest.Order.NEWEST)),
                                wanted,
                                wanted));
        };
        FacetCounter.Counts counts = BalancedSlices.forEveryMatch(searcher)
                .search(query, facets.run(FACET_VALUES, request.bySession() ? links : null));
        int from = Math.min(top.scoreDocs.length, (request.page() - 1) * request.pageSize());
        ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        TopDocs page = new TopDocs(top.totalHits, slice);
        LinePassages.Formatted[] passages = highlight(searcher, query, page);
        List<SearchResult.Hit> hits = new ArrayList<>(slice.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < slice.length; i++) {
            hits.add(hit(stored.document(slice[i].doc, HIT_FIELDS), slice[i].score, passages[i]));
        }
        List<SearchResult.SessionCount> sessions = counts.sessions().entrySet().stream()
                .map(e -> new SearchResult.SessionCount(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(SearchResult.SessionCount::count)
                        .reversed()
                        .thenComparing(SearchResult.SessionCount::session))
                .limit(SearchResult.MAX_SESSIONS)
                .toList();
        return new SearchResult(
                counts.total(),
                hits,
                counts.facets(),
                (System.nanoTime() - started) / 1000,
                sessions,
                counts.sessions().size(),
                note);
    }

    /** Each hit's passages and the line of its first match. */
    private LinePassages.Formatted[] highlight(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        LinePassages.Formatted[] out = new LinePassages.Formatted[page.scoreDocs.length];
        if (out.length == 0) {
            return out;
        }
        Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new LinePassages())
                .withMaxLength(200_000)
                .withScorer(SCORER)
                // passages of about a line, not whole paragraphs: results stay short to send and to read
                // cut at spaces: as good as word boundaries for passages, at a fraction of the cost
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), PASSAGE_LENGTH, 0.5f)));
        int[] docs = new int[out.length];
        for (int i = 0; i < docs.length; i++) {
            docs[i] = page.scoreDocs[i].doc;
        }
        Object[] formatted = highlighter.passages(query, docs);
        for (int i = 0; i < out.length; i++) {
            out[i] = formatted != null && formatted[i] instanceof LinePassages.Formatted f ? f : LinePassages.NONE;
        }
        return out;
    }

    private static SearchResult.Hit hit(Document doc, float score, LinePassages.Formatted passage) {
        IndexableFieldReader f = new IndexableFieldReader(doc);
        boolean entry = f.text(IndexFields.KIND).equals("entry");
        int first = (int)
                (entry && f.number(IndexFields.TEXT_LINE) > 0
                        ? f.number(IndexFields.TEXT_LINE)
                        : (entry ? f.number(IndexFields.LINE) : 1));
        boolean inFile = entry || !f.text(IndexFields.PATH).isEmpty(); // a session's text is no file's
        int line = !inFile ? 0 : (passage.newlines() >= 0 ? first + passage.newlines() : (entry ? first : 0));
        return new SearchResult.Hit(
                f.text(IndexFields.ID),
                f.text(IndexFields.KIND),
                f.text(IndexFields.SESSION),
                f.text(IndexFields.TASK),
                f.text(IndexFields.PATH),
                f.text(IndexFields.TITLE).isEmpty() ? f.text(IndexFields.SHOWN_TITLE) : f.text(IndexFields.TITLE),
                line,
                f.number(IndexFields.TIME),
                f.text(IndexFields.STATUS),
                f.text(IndexFields.CATEGORY),
                f.text(IndexFields.ACTOR),
                Float.isNaN(score) ? 0f : score,
                passage.html(),
                "");
    }

    /** The highlighter, with the formatted passages as objects (each with the line of its first match). */
    private static final class Highlighter extends UnifiedHighlighter {
        Highlighter(UnifiedHighlighter.Builder builder) {
            super(builder);
        }

        Object[] passages(Query query, int[] docs) throws IOException {
            return highlightFieldsAsObjects(new String[] {IndexFields.TEXT}, query, docs, new int[] {2})
                    .get(IndexFields.TEXT);
        }
    }

    /** Reads stored values with defaults for absent fields. */
    private record IndexableFieldReader(Document doc) {
        String text(String field) {
            String value = doc.get(field);
            return value == null ? "" : value;
        }

        long number(String field) {
            var f = doc.getField(field);
            return f == null || f.numericValue() == null ? 0 : f.numericValue().longValue();
        }
    }
}
