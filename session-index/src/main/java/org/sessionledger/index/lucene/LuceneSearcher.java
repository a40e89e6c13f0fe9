package org.sessionledger.index.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.sessionledger.domain.error.InvalidRequestException;

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
            IndexFields.TIME,
            IndexFields.STATUS,
            IndexFields.CATEGORY,
            IndexFields.ACTOR);

    private static final PassageScorer SCORER = new PassageScoring();

    private final LuceneIndex index;
    private final FacetCounter facets = new FacetCounter();

    public LuceneSearcher(LuceneIndex index) {
        this.index = index;
    }

    public SearchResult search(SearchRequest request) {
        long started = System.nanoTime();
        Query query = build(request);
        try {
            return index.search(searcher -> {
                try {
                    return run(searcher, query, request, started);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The parsed query with its filters; a malformed query is an {@link InvalidRequestException}. */
    Query build(SearchRequest request) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(parse(request.query()), BooleanClause.Occur.MUST);
        request.filters().forEach((field, value) -> {
            if (!SearchRequest.FACETS.contains(field) && !field.equals(IndexFields.SESSION)) {
                throw new InvalidRequestException("Cannot filter on '" + field + "'.");
            }
            builder.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
        });
        if (request.from().isPresent() || request.to().isPresent()) {
            long from = request.from().map(java.time.Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            long to = request.to().map(java.time.Instant::toEpochMilli).orElse(Long.MAX_VALUE);
            builder.add(LongPoint.newRangeQuery(IndexFields.TIME, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private Query parse(String text) {
        if (text.isBlank()) {
            return MatchAllDocsQuery.INSTANCE;
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(
                SEARCHED, index.analyzer(), Map.of(IndexFields.TITLE, 2f, IndexFields.TEXT, 1f));
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            throw new InvalidRequestException("Cannot read the query '" + text + "': check quotes, brackets and"
                    + " operators (AND, OR, NOT must be upper case; a * or ~ must follow a word).");
        } catch (org.apache.lucene.search.IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("The query '" + text + "' expands to too many terms: make it narrower.");
        }
    }

    /**
     * Two passes: the top hits, scored with skipping (blocks that cannot reach the top are passed over), then every
     * match, unscored, for the exact total and the facet counts. Scoring every match in one pass costs more: a phrase
     * scorer, for one, counts every occurrence in each document, while matching stops at the first.
     */
    private SearchResult run(IndexSearcher searcher, Query query, SearchRequest request, long started)
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
        FacetCounter.Counts counts = BalancedSlices.forEveryMatch(searcher).search(query, facets.run(FACET_VALUES));
        int from = Math.min(top.scoreDocs.length, (request.page() - 1) * request.pageSize());
        ScoreDoc[] slice = Arrays.copyOfRange(top.scoreDocs, from, top.scoreDocs.length);
        TopDocs page = new TopDocs(top.totalHits, slice);
        String[] passages = highlight(searcher, query, page);
        List<SearchResult.Hit> hits = new ArrayList<>(slice.length);
        StoredFields stored = searcher.storedFields();
        for (int i = 0; i < slice.length; i++) {
            hits.add(hit(stored.document(slice[i].doc, HIT_FIELDS), slice[i].score, passages[i]));
        }
        return new SearchResult(counts.total(), hits, counts.facets(), (System.nanoTime() - started) / 1000);
    }

    private String[] highlight(IndexSearcher searcher, Query query, TopDocs page) throws IOException {
        if (page.scoreDocs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(200_000)
                .withScorer(SCORER)
                // passages of about a line, not whole paragraphs: results stay short to send and to read
                // cut at spaces: as good as word boundaries for passages, at a fraction of the cost
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), PASSAGE_LENGTH, 0.5f))
                .build();
        return highlighter.highlight(IndexFields.TEXT, query, page, 2);
    }

    private static SearchResult.Hit hit(Document doc, float score, String passage) {
        IndexableFieldReader f = new IndexableFieldReader(doc);
        return new SearchResult.Hit(
                f.text(IndexFields.ID),
                f.text(IndexFields.KIND),
                f.text(IndexFields.SESSION),
                f.text(IndexFields.TASK),
                f.text(IndexFields.PATH),
                f.text(IndexFields.TITLE).isEmpty() ? f.text(IndexFields.SHOWN_TITLE) : f.text(IndexFields.TITLE),
                (int) f.number(IndexFields.LINE),
                f.number(IndexFields.TIME),
                f.text(IndexFields.STATUS),
                f.text(IndexFields.CATEGORY),
                f.text(IndexFields.ACTOR),
                Float.isNaN(score) ? 0f : score,
                passage == null ? "" : passage);
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
