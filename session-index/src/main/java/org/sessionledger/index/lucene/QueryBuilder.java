package org.sessionledger.index.lucene;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.fs.parse.Timestamps;

/**
 * Turns a request into a Lucene query. The text is read as query syntax over title, text and file names; a word with
 * a {@code /} inside ({@code feature/vsa-migration}, {@code src/lib/GameManager.ts}) is read as a phrase, and text
 * that is not valid syntax ({@code [2025-05-09 15:38:38]}, a lone {@code (}) is searched literally, each word as a
 * phrase, with a note saying so. Besides, the whole text is matched exactly against documents' own ids and paths
 * (their document comes first), against what entries mention, and, when it is a timestamp, against the time.
 */
final class QueryBuilder {

    /** A query read otherwise than as written says so. */
    static final String LITERAL = "searched literally";

    private static final String[] SEARCHED = {IndexFields.TITLE, IndexFields.TEXT};
    /** A query with characters of ids and paths also searches the words of file names and paths. */
    private static final String[] SEARCHED_WITH_FILES = {IndexFields.TITLE, IndexFields.TEXT, IndexFields.FILES};

    private static final Map<String, Float> BOOSTS =
            Map.of(IndexFields.TITLE, 2f, IndexFields.TEXT, 1f, IndexFields.FILES, 1f);
    /** A document whose own id or path is the query comes before those that mention it. */
    private static final float ID_BOOST = 100f;

    private static final float MENTION_BOOST = 5f;

    /** The query and how its text was read. */
    record Built(Query query, String note) {}

    private final Analyzer analyzer;
    private final SessionLinks links;

    QueryBuilder(Analyzer analyzer, SessionLinks links) {
        this.analyzer = analyzer;
        this.links = links;
    }

    Built build(SearchRequest request) {
        Built text = text(request.query());
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        builder.add(text.query(), BooleanClause.Occur.MUST);
        request.filters().forEach((field, value) -> builder.add(filter(field, value), BooleanClause.Occur.FILTER));
        if (request.from().isPresent() || request.to().isPresent()) {
            long from = request.from().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
            long to = request.to().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
            builder.add(LongPoint.newRangeQuery(IndexFields.TIME, from, to), BooleanClause.Occur.FILTER);
        }
        return new Built(builder.build(), text.note());
    }

    private Query filter(String field, String value) {
        if (field.equals(IndexFields.SESSION)) {
            // a session's hits: its own documents and the tasks linked to it
            BooleanQuery.Builder session = new BooleanQuery.Builder();
            session.add(new TermQuery(new Term(IndexFields.SESSION, value)), BooleanClause.Occur.SHOULD);
            int clauses = 1;
            for (String task : links.tasksOf(value)) {
                if (++clauses >= IndexSearcher.getMaxClauseCount()) {
                    break;
                }
                session.add(new TermQuery(new Term(IndexFields.TASK, task)), BooleanClause.Occur.SHOULD);
            }
            return session.build();
        }
        if (!SearchRequest.FACETS.contains(field)) {
            throw new InvalidRequestException("Cannot filter on '" + field + "'.");
        }
        return new TermQuery(new Term(field, value));
    }

    /** The text's query, or everything when it is blank. */
    Built text(String text) {
        if (text.isBlank()) {
            return new Built(MatchAllDocsQuery.INSTANCE, "");
        }
        String rewritten = quoteSlashedWords(text);
        Query parsed;
        String note = rewritten.equals(text) ? "" : LITERAL;
        // plain words search title and text only, as they did: ids, file names and paths cost a clause or two more
        boolean idLike = idLike(text);
        try {
            parsed = parse(rewritten, idLike);
        } catch (ParseException | IllegalArgumentException e) {
            parsed = literal(text, idLike);
            note = LITERAL;
        }
        List<Query> exact = idLike ? exact(text) : List.of();
        if (exact.isEmpty()) {
            return new Built(parsed, note);
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        any.add(parsed, BooleanClause.Occur.SHOULD);
        exact.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
        return new Built(any.build(), note);
    }

    /** Whether the text holds a character of ids, paths, file names or times: a digit or one of {@code / . _ -}. */
    static boolean idLike(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || c == '/' || c == '.' || c == '_' || c == '-') {
                return true;
            }
        }
        return false;
    }

    private Query parse(String text, boolean withFiles) throws ParseException {
        MultiFieldQueryParser parser =
                new MultiFieldQueryParser(withFiles ? SEARCHED_WITH_FILES : SEARCHED, analyzer, BOOSTS);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        // a word the analyzer splits (an id, a file name, a hyphenated word, a run of CJK) is a phrase, not any of
        // its parts
        parser.setSplitOnWhitespace(true);
        parser.setAutoGeneratePhraseQueries(true);
        try {
            Query query = parser.parse(text);
            return query == null ? MatchNoDocsQuery.INSTANCE : query;
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidRequestException("The query '" + text + "' expands to too many terms: make it narrower.");
        }
    }

    /** Every word of the text as a phrase of its own, all of them required. */
    private Query literal(String text, boolean withFiles) {
        StringBuilder phrases = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            phrases.append('"')
                    .append(word.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\" ");
        }
        try {
            return parse(phrases.toString(), withFiles);
        } catch (ParseException | IllegalArgumentException e) {
            return MatchNoDocsQuery.INSTANCE;
        }
    }

    /** Words outside quotes with a {@code /} after their first character, quoted (a regex starts with one). */
    static String quoteSlashedWords(String text) {
        StringBuilder out = new StringBuilder(text.length() + 4);
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (quoted || Character.isWhitespace(c) || c == '"') {
                out.append(c);
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String word = text.substring(i, end);
            boolean slashed = word.indexOf('/') > 0 && word.charAt(0) != '/';
            out.append(slashed ? "\"" + word.replace("\\", "\\\\") + "\"" : word);
            i = end;
        }
        return out.toString();
    }

    /** The text as an id, path or file name of a document, as a mention, and as a time. */
    private List<Query> exact(String text) {
        String whole = text.strip();
        if (whole.length() >= 2 && whole.startsWith("\"") && whole.endsWith("\"")) {
            whole = whole.substring(1, whole.length() - 1).strip();
        }
        List<Query> exact = new ArrayList<>();
        time(whole).ifPresent(exact::add);
        if (whole.isEmpty() || whole.length() > DocumentBuilder.MAX_KEYWORD_LENGTH || hasSpace(whole)) {
            return exact;
        }
        String key = whole.toLowerCase(Locale.ROOT);
        exact.add(new BoostQuery(new TermQuery(new Term(IndexFields.IDS, key)), ID_BOOST));
        exact.add(new BoostQuery(new TermQuery(new Term(IndexFields.MENTIONS, key)), MENTION_BOOST));
        return exact;
    }

    /** A timestamp ({@code [2025-05-09 15:38:38]}) as the span of time it names: its second, minute or day. */
    private static Optional<Query> time(String text) {
        String stamp = text.replaceAll("^[\\[`*]+|[\\]`*]+$", "").strip();
        if (stamp.length() < 10 || !Character.isDigit(stamp.charAt(0)) || stamp.charAt(4) != '-') {
            return Optional.empty();
        }
        return Timestamps.parse(stamp).map(at -> {
            ChronoUnit unit = stamp.length() == 10
                    ? ChronoUnit.DAYS
                    : (stamp.indexOf(':') == stamp.lastIndexOf(':') ? ChronoUnit.MINUTES : ChronoUnit.SECONDS);
            long from = at.toEpochMilli();
            return LongPoint.newRangeQuery(
                    IndexFields.TIME, from, from + unit.getDuration().toMillis() - 1);
        });
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
