package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Mentions;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.fs.read.Problems;

/**
 * Splits a Markdown log into entries. An entry starts with a timestamp at the head of a list item or heading, in
 * any of the shapes real logs use ({@code - [2025-06-05 10:02:15] ...}, {@code *   `[...]` ...},
 * {@code ### 2025-05-09 16:05}, {@code # [2025-07-16T10:30:00Z] - mode: ...}, {@code - [ ] **2025-05-13 11:11** ...},
 * {@code *   2025-05-29T17:20:00 - ...}); every other line belongs to the entry before it. Lines inside code fences
 * never start an entry. Total on every input.
 */
public final class EntryParser {

    private static final String STAMP = "(\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?"
            + "(?:\\s?(?:Z|UTC|[+-]\\d{2}:?\\d{2}))?|YYYY-MM-DD(?:[T ]HH:MM(?::SS)?)?Z?)";
    /** The first line of an entry; package-private for the test that checks the cheap pre-checks against it. */
    static final Pattern ENTRY = Pattern.compile("^( {0,3}(?:[-*+]|\\d{1,3}[.)])\\s+| {0,3}#{1,6}\\s+)"
            + "(?:\\[[ xX✅✓]]\\s+)?(?:\\*\\*|__)?`?\\[?" + STAMP + "]?`?(?:\\*\\*|__)?"
            + "\\s*(?:[-–—:|]\\s*)?(.*)$");

    private EntryParser() {}

    /**
     * The entries of {@code body}, whose first line is line {@code firstLine} of the file. Unreadable timestamps
     * and template placeholder entries are reported to {@code problems}.
     */
    public static List<LogEntry> parse(String body, int firstLine, Problems problems) {
        List<LogEntry> entries = new ArrayList<>();
        if (body == null || body.isEmpty()) {
            return entries;
        }
        String[] lines = Lines.of(body);
        Pending pending = null;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String fenceMark = fenceMark(line);
            if (fenceMark != null) {
                fence = fence == null ? fenceMark : (fence.equals(fenceMark) ? null : fence);
            } else if (fence == null && mayStartEntry(line)) {
                Matcher m = ENTRY.matcher(line);
                if (m.matches()) {
                    if (pending != null) {
                        entries.add(pending.toEntry());
                    }
                    pending = new Pending(firstLine + i, column(m.group(1)), m.group(2), m.group(3), problems);
                    continue;
                }
            }
            if (pending != null) {
                pending.text.append('\n').append(EntryLines.decodeContinuation(line, pending.column));
            }
        }
        if (pending != null) {
            entries.add(pending.toEntry());
        }
        return entries;
    }

    /**
     * Whether a line could open an entry: it reads as the first line of one, or it is a {@code ---} line (which opens
     * an entry written as a record block). The writer escapes such lines inside an entry ({@link EntryLines}).
     */
    public static boolean opensEntry(String line) {
        return (mayStartEntry(line) && ENTRY.matcher(line).matches())
                || line.strip().equals("---");
    }

    /** The column where an entry's text starts: after a list marker and its spaces; 0 after a heading mark. */
    private static int column(String marker) {
        return marker.indexOf('#') >= 0 ? 0 : marker.length();
    }

    /** The fence a line opens or closes ({@code ```} or {@code ~~~} after any white space), or null. */
    static String fenceMark(String line) {
        int i = 0;
        while (i < line.length() && isSpace(line.charAt(i))) {
            i++;
        }
        if (line.startsWith("```", i)) {
            return "```";
        }
        return line.startsWith("~~~", i) ? "~~~" : null;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\n';
    }

    /** What {@link #ENTRY} needs first: up to three spaces, then a list marker, a number or a heading mark. */
    private static boolean mayStartEntry(String line) {
        int i = 0;
        while (i < 3 && i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i == line.length()) {
            return false;
        }
        char c = line.charAt(i);
        return c == '-' || c == '*' || c == '+' || c == '#' || (c >= '0' && c <= '9');
    }

    /** An entry being collected. */
    private static final class Pending {
        private final int line;
        private final int column;
        private final WrittenTime time;
        private final StringBuilder text;

        Pending(int line, int column, String stamp, String firstText, Problems problems) {
            this.line = line;
            this.column = column;
            this.text = new StringBuilder(firstText);
            if (stamp.startsWith("YYYY")) {
                problems.info(line, DiagnosticKind.BAD_TIMESTAMP, "A template placeholder entry was left in the log.");
                this.time = new WrittenTime(stamp, java.util.Optional.empty());
            } else {
                this.time = Timestamps.read(stamp);
                if (time.instant().isEmpty()) {
                    problems.warn(line, DiagnosticKind.BAD_TIMESTAMP, "Unreadable time '" + stamp + "'.");
                }
            }
        }

        LogEntry toEntry() {
            String all = text.toString().strip();
            EntryClassifier.Classified classified = EntryClassifier.classify(all);
            return new LogEntry(line, time, classified.actor(), classified.kind(), all, Mentions.extract(all));
        }
    }
}
