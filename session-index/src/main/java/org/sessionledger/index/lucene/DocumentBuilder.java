package org.sessionledger.index.lucene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.domain.task.Task;
import org.sessionledger.fs.secret.SecretScanner;

/**
 * Turns a session (with its entries and artifacts) or a task into Lucene documents. Text is stored with offsets so
 * that results carry highlighted passages; each document's facet values, as one {@link FacetGroup}, feed the counts of
 * the search page.
 */
public final class DocumentBuilder {

    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    /**
     * Keyword values (coordinator, tags, ...) are cut to this many characters: Lucene refuses a term over 32 KB, and
     * a value that long is no use as a filter or a facet.
     */
    public static final int MAX_KEYWORD_LENGTH = 512;

    private final Function<String, Optional<String>> contentOf;

    /** @param contentOf reads a workspace-relative file's text (empty when it cannot or must not be read) */
    public DocumentBuilder(Function<String, Optional<String>> contentOf) {
        this.contentOf = contentOf;
    }

    public static String sessionUnit(Session s) {
        return "session:" + s.directory();
    }

    public static String taskUnit(Task t) {
        return "task:" + t.path();
    }

    public List<Document> session(Session s) {
        return session(s, contentOf);
    }

    /** The documents of a session, reading file text through {@code contentOf}. */
    public List<Document> session(Session s, Function<String, Optional<String>> contentOf) {
        List<Document> docs = new ArrayList<>();
        String status = s.status().map(st -> st.word().toLowerCase(Locale.ROOT)).orElse("unknown");
        Doc meta = base("session:" + s.id().value(), sessionUnit(s), "session", s.start());
        common(meta, s, status);
        ids(meta, s.id().value(), s.directory());
        meta.add(new Field(IndexFields.TITLE, s.title(), TEXT_WITH_OFFSETS));
        text(
                meta,
                String.join(
                        "\n",
                        s.title(),
                        String.join(" ", s.tags()),
                        String.join("\n", s.extra().values())));
        docs.add(build(meta));
        for (LogEntry e : s.entries()) {
            Doc entry = base(
                    "entry:" + s.id().value() + ":" + e.line(),
                    sessionUnit(s),
                    "entry",
                    e.time().instant().isPresent() ? e.time() : s.start());
            common(entry, s, status);
            entry.add(new StoredField(IndexFields.LINE, e.line()));
            if (e.textLine() != e.line()) {
                entry.add(new StoredField(IndexFields.TEXT_LINE, e.textLine()));
            }
            mentions(entry, e.mentions());
            keyword(entry, IndexFields.ACTOR, e.actor());
            // the session's title is shown with the entry but searched on the session's own document
            entry.add(new StoredField(IndexFields.SHOWN_TITLE, s.title()));
            text(entry, e.text());
            docs.add(build(entry));
        }
        for (Artifact a : s.contentArtifacts()) {
            String path = s.directory() + "/" + a.path();
            Doc artifact = base("artifact:" + path, sessionUnit(s), "artifact", s.start());
            common(artifact, s, status);
            keyword(artifact, IndexFields.PATH, path);
            ids(artifact, path, a.path(), fileName(path));
            files(artifact, path);
            facet(artifact, IndexFields.CATEGORY, a.category().folder());
            artifact.add(new Field(IndexFields.TITLE, a.title(), TEXT_WITH_OFFSETS));
            text(artifact, contentOf.apply(path).orElse(a.title()));
            docs.add(build(artifact));
        }
        return docs;
    }

    public List<Document> task(Task t) {
        return task(t, contentOf);
    }

    /** The document of a task, reading its text through {@code contentOf}. */
    public List<Document> task(Task t, Function<String, Optional<String>> contentOf) {
        String status = t.status().map(st -> st.name().toLowerCase(Locale.ROOT)).orElse("unknown");
        WrittenTime time = t.updated().instant().isPresent() ? t.updated() : t.created();
        Doc doc = base("task:" + t.path(), taskUnit(t), "task", time);
        keyword(doc, IndexFields.TASK, t.id());
        doc.group().add(IndexFields.TASK, t.id());
        keyword(doc, IndexFields.PATH, t.path());
        ids(doc, t.id(), t.path(), stem(t.path()));
        files(doc, t.path());
        java.util.Set<String> sessions = new java.util.LinkedHashSet<>();
        t.sessionId().ifPresent(sessions::add);
        t.parent()
                .filter(p -> p.startsWith("SESSION-") || p.startsWith("SESS-"))
                .ifPresent(sessions::add);
        sessions.forEach(id -> facet(doc, IndexFields.SESSION, id));
        facet(doc, IndexFields.STATUS, status);
        if (!t.coordinator().isBlank()) {
            facet(doc, IndexFields.COORDINATOR, t.coordinator());
        }
        t.tags().forEach(tag -> facet(doc, IndexFields.TAG, tag));
        doc.add(new Field(IndexFields.TITLE, t.title(), TEXT_WITH_OFFSETS));
        text(doc, contentOf.apply(t.path()).orElse(t.title()));
        return List.of(build(doc));
    }

    /** A document being built, with its facet values. */
    private record Doc(Document document, FacetGroup group) {
        void add(org.apache.lucene.index.IndexableField field) {
            document.add(field);
        }
    }

    private static Doc base(String id, String unit, String kind, WrittenTime time) {
        Doc doc = new Doc(new Document(), new FacetGroup());
        doc.add(new StoredField(IndexFields.ID, id));
        doc.add(new StringField(IndexFields.UNIT, unit, Field.Store.NO));
        facet(doc, IndexFields.KIND, kind);
        long millis = time.instant().map(Instant::toEpochMilli).orElse(0L);
        doc.add(new LongPoint(IndexFields.TIME, millis));
        doc.add(new NumericDocValuesField(IndexFields.TIME, millis));
        doc.add(new StoredField(IndexFields.TIME, millis));
        return doc;
    }

    private static void common(Doc doc, Session s, String status) {
        facet(doc, IndexFields.SESSION, s.id().value());
        facet(doc, IndexFields.STATUS, status);
        if (!s.coordinator().isBlank()) {
            facet(doc, IndexFields.COORDINATOR, s.coordinator());
        }
        s.tags().forEach(tag -> facet(doc, IndexFields.TAG, tag));
    }

    /**
     * A document's searched text (its secrets already masked by the reader), and the kinds of the secrets masked in it
     * as a value to filter on and count ({@code secret:github-token}, the search page's "Secrets" facet).
     */
    private static void text(Doc doc, String text) {
        doc.add(new Field(IndexFields.TEXT, text, TEXT_WITH_OFFSETS));
        if (text.contains(SecretScanner.MASK_PREFIX)) {
            SecretScanner.kindsIn(text).forEach(kind -> facet(doc, IndexFields.SECRET, kind));
        }
    }

    /** A value to filter on (a keyword field, stored for display) and to count. */
    private static void facet(Doc doc, String field, String value) {
        doc.group().add(field, keyword(doc, field, value));
    }

    /** A value matched as written (cut to {@link #MAX_KEYWORD_LENGTH}) and stored for display; returns what was kept. */
    private static String keyword(Doc doc, String field, String value) {
        String kept = value.length() > MAX_KEYWORD_LENGTH ? value.substring(0, MAX_KEYWORD_LENGTH) : value;
        doc.add(new StringField(field, kept, Field.Store.YES));
        return kept;
    }

    /** A document's own ids and paths, in lower case, matched exactly. */
    private static void ids(Doc doc, String... values) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (String value : values) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!v.isEmpty() && v.length() <= MAX_KEYWORD_LENGTH && kept.add(v)) {
                doc.add(new StringField(IndexFields.IDS, v, Field.Store.NO));
            }
        }
    }

    /** The task ids and paths an entry mentions and their file names, in lower case, matched exactly. */
    private static void mentions(Doc doc, List<String> mentions) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (String mention : mentions) {
            String m = mention.toLowerCase(Locale.ROOT);
            for (String v : new String[] {m, fileName(m)}) {
                if (!v.isEmpty() && v.length() <= MAX_KEYWORD_LENGTH && kept.add(v)) {
                    doc.add(new StringField(IndexFields.MENTIONS, v, Field.Store.NO));
                }
            }
        }
    }

    /** A path and its words ({@code GameManager.ts} gives game, manager, ts), searched with the text. */
    private static void files(Doc doc, String path) {
        doc.add(new TextField(IndexFields.FILES, path + " " + words(path), Field.Store.NO));
    }

    /** The words of a path: split at separators and where lower case turns to upper case. */
    static String words(String path) {
        StringBuilder out = new StringBuilder(path.length() + 8);
        char previous = ' ';
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '/' || c == '_' || c == '-' || c == '.' || c == '\\') {
                out.append(' ');
            } else {
                if (Character.isUpperCase(c) && Character.isLowerCase(previous)) {
                    out.append(' ');
                }
                out.append(c);
            }
            previous = c;
        }
        return out.toString();
    }

    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String stem(String path) {
        String name = fileName(path);
        return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
    }

    private static Document build(Doc doc) {
        doc.add(new SortedDocValuesField(
                IndexFields.FACETS, new BytesRef(doc.group().encode())));
        return doc.document();
    }
}
