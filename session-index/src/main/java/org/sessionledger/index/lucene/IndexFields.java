package org.sessionledger.index.lucene;

/** Names of the Lucene fields; the only place they are spelled. */
public final class IndexFields {

    /** Stable id of a document: {@code <kind>:<key>}. */
    public static final String ID = "id";
    /** The indexing unit a document belongs to: {@code session:<dir>} or {@code task:<path>}. */
    public static final String UNIT = "unit";
    /** session, entry, artifact or task. */
    public static final String KIND = "kind";

    public static final String SESSION = "session";
    public static final String TASK = "task";
    public static final String PATH = "path";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    /** Stored only: the title a hit shows when its document has no searched title (a log entry's session title). */
    public static final String SHOWN_TITLE = "shown_title";

    public static final String STATUS = "status";
    public static final String COORDINATOR = "coordinator";
    public static final String CATEGORY = "category";
    public static final String TAG = "tag";
    public static final String ACTOR = "actor";
    /** The kinds of the credentials masked in a document's text ({@code github-token}, ...). */
    public static final String SECRET = "secret";

    public static final String LINE = "line";
    /** Stored only: the line of an entry's text's first line (a hit's line is counted from it). */
    public static final String TEXT_LINE = "text_line";
    /** Not stored, lower case: a document's own ids and paths (session id, task id and file stem, file path and name). */
    public static final String IDS = "ids";
    /** Not stored, lower case: the task ids and paths an entry mentions, and their file names. */
    public static final String MENTIONS = "mentions";
    /** Not stored: a document's own file names and paths in words ({@code model improvement summary md}). */
    public static final String FILES = "files";
    /** Doc values only: the document's facet values as one {@link FacetGroup}. */
    public static final String FACETS = "facets";
    /** Epoch milliseconds: points for ranges, doc values for sorting, stored for display. */
    public static final String TIME = "time";

    /** Bump when documents change shape: an index with another version is rebuilt. */
    public static final String FORMAT_VERSION = "5";

    private IndexFields() {}
}
