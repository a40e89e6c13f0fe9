package org.sessionledger.fs.parse;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A log entry written as a record: a {@code ---} line, then {@code timestamp: ...} (also {@code **Timestamp:** ...})
 * among its first lines, {@code actor:} or {@code mode:}, {@code event:}, {@code message:} and more, up to the next
 * {@code ---} line. Entries do not start inside a record (its values are YAML, often block scalars).
 *
 * @param stamp the timestamp as written
 * @param stampIndex the index of the timestamp's line
 * @param actor the {@code actor}, {@code mode} or {@code agent} value, or empty
 * @param end the index of the closing {@code ---} line, or the index after the record's last line when it is not
 *     closed
 */
record RecordBlock(String stamp, int stampIndex, String actor, int end) {

    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(?:[-*]\\s+)?(?:\\*\\*|__)?([A-Za-z][A-Za-z0-9_ ]{0,30}?)\\s*(?::(?:\\*\\*|__)|(?:\\*\\*|__)?:)\\s*(.*)$");
    private static final Set<String> TIME_KEYS = Set.of("timestamp", "time", "datetime", "date", "when");
    private static final Set<String> ACTOR_KEYS = Set.of("actor", "mode", "agent", "author", "by", "role", "who");
    /** The timestamp must be among this many first lines of the record. */
    private static final int HEAD = 4;
    /** A record is not longer than this; an unclosed one ends before an entry at the start of a line. */
    private static final int MAX_LINES = 400;

    /** Whether a line is a record's delimiter. */
    static boolean isDelimiter(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return end - start == 3 && line.startsWith("---", start);
    }

    /** The record that the {@code ---} line at {@code open} opens, or null when the lines after it are no record. */
    static RecordBlock at(String[] lines, int open) {
        String stamp = null;
        int stampIndex = -1;
        for (int j = open + 1; j < lines.length && j <= open + HEAD && stamp == null; j++) {
            Matcher field = FIELD.matcher(lines[j]);
            if (!field.matches()) {
                return null;
            }
            if (TIME_KEYS.contains(key(field))) {
                stamp = value(field);
                stampIndex = j;
            }
        }
        if (stamp == null) {
            return null;
        }
        String actor = "";
        int end = stampIndex + 1;
        while (end < lines.length && end - open < MAX_LINES && !isDelimiter(lines[end])) {
            String line = lines[end];
            if (!line.isEmpty() && line.charAt(0) != ' ' && line.charAt(0) != '\t' && EntryStart.read(line) != null) {
                break; // not closed: an entry at the start of a line ends it
            }
            if (actor.isEmpty() && isAt(lines, end)) {
                Matcher field = FIELD.matcher(line);
                if (field.matches() && ACTOR_KEYS.contains(key(field))) {
                    actor = unquote(value(field));
                }
            }
            end++;
        }
        if (actor.isEmpty()) {
            for (int j = open + 1; j < stampIndex; j++) {
                Matcher field = FIELD.matcher(lines[j]);
                if (field.matches() && ACTOR_KEYS.contains(key(field))) {
                    actor = unquote(value(field));
                }
            }
        }
        return new RecordBlock(unquote(stamp), stampIndex, actor, end);
    }

    /** Whether the block is closed by a {@code ---} line (else it ends before the line at {@link #end}). */
    boolean closed(String[] lines) {
        return end < lines.length && isDelimiter(lines[end]);
    }

    /** Only fields at the head of a line (not inside an indented block scalar) name the actor. */
    private static boolean isAt(String[] lines, int index) {
        String line = lines[index];
        return !line.isEmpty() && (line.charAt(0) != ' ' || line.stripLeading().startsWith("**"));
    }

    private static String key(Matcher field) {
        return field.group(1).strip().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    private static String value(Matcher field) {
        String value = field.group(2).strip();
        if (value.startsWith("**") || value.startsWith("__")) {
            value = value.substring(2).strip();
        }
        return value;
    }

    private static String unquote(String value) {
        String v = value.strip();
        while (v.length() >= 2 && "\"'`".indexOf(v.charAt(0)) >= 0 && v.charAt(v.length() - 1) == v.charAt(0)) {
            v = v.substring(1, v.length() - 1).strip();
        }
        return v;
    }
}
