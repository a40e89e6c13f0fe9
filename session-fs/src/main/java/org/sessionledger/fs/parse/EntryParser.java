package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.LogEntry;
import org.sessionledger.domain.session.Mentions;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.fs.read.Problems;

/**
 * Splits a Markdown log into entries. An entry starts at any line that begins — after optional indentation, a list
 * marker, a checkbox, emphasis, brackets or backticks — with a timestamp, or that is a heading whose text starts with
 * one ({@link EntryStart}: {@code - [2025-06-05 10:02:15] ...}, {@code *   `[...]` ...}, {@code ### 2025-05-09 16:05},
 * {@code **[2025-05-18 14:43]** ...}, {@code [250509175351] [Roo Commander] INFO: ...}, {@code 2025-09-03T17:41:38Z -
 * ...}), and at a record block ({@link RecordBlock}: {@code ---}, {@code timestamp: ...}, ...). Every other line
 * belongs to the entry before it, and keeps its place: the entry's text holds one line per line of the file from
 * {@link LogEntry#textLine()} on. Lines inside code fences never start an entry. Template placeholders
 * ({@code [YYYY-MM-DD HH:MM:SS]}, {@code [{{timestamp}}]}) are entries of their own with a diagnostic. Total on
 * every input.
 */
public final class EntryParser {

    private EntryParser() {}

    /**
     * The entries of {@code body}, whose first line is line {@code firstLine} of the file. Unreadable timestamps and
     * template placeholder entries are reported to {@code problems}.
     */
    public static List<LogEntry> parse(String body, int firstLine, Problems problems) {
        return parse(body, firstLine, problems, KnownActors.NONE);
    }

    /** As {@link #parse(String, int, Problems)}, preferring the names in {@code actors} as the entries' actors. */
    public static List<LogEntry> parse(String body, int firstLine, Problems problems, KnownActors actors) {
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
            } else if (fence == null) {
                EntryStart start = EntryStart.read(line);
                RecordBlock record = start == null && RecordBlock.isDelimiter(line) ? RecordBlock.at(lines, i) : null;
                if (start != null || record != null) {
                    if (pending != null) {
                        entries.add(pending.toEntry(actors));
                    }
                    if (start != null) {
                        pending = new Pending(firstLine + i, start.column(), start.stamp(), start.text(), problems);
                        continue;
                    }
                    pending = new Pending(firstLine + i, 0, record.stamp(), "", problems);
                    pending.actor = record.actor();
                    i = readRecord(lines, i, record, pending);
                    continue;
                }
            }
            if (pending != null) {
                pending.add(EntryLines.decodeContinuation(line, pending.column));
            }
        }
        if (pending != null) {
            entries.add(pending.toEntry(actors));
        }
        return entries;
    }

    /** Adds the lines of a record to its entry (its timestamp and delimiters as empty lines); the last index read. */
    private static int readRecord(String[] lines, int open, RecordBlock record, Pending pending) {
        for (int j = open + 1; j < record.end(); j++) {
            pending.add(j == record.stampIndex() ? "" : lines[j]);
        }
        if (record.closed(lines)) {
            pending.add("");
            return record.end();
        }
        return record.end() - 1;
    }

    /**
     * Whether a line could open an entry: it reads as the first line of one, or it is a {@code ---} line (which opens
     * an entry written as a record block). The writer escapes such lines inside an entry ({@link EntryLines}); a line
     * whose first non-space character is a backslash never opens one.
     */
    public static boolean opensEntry(String line) {
        return EntryStart.read(line) != null || RecordBlock.isDelimiter(line);
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

    /** An entry being collected: its text from the first line that is not blank, one line per line of the file. */
    private static final class Pending {
        private final int line;
        private final int column;
        private final WrittenTime time;
        private final StringBuilder text;
        private int textLine;
        private int lines = 1;
        private boolean blank;
        private String actor;

        Pending(int line, int column, String stamp, String firstText, Problems problems) {
            this.line = line;
            this.column = column;
            this.text = new StringBuilder(firstText);
            this.textLine = line;
            this.blank = firstText.isBlank();
            if (Stamps.isPlaceholder(stamp)) {
                problems.info(line, DiagnosticKind.BAD_TIMESTAMP, "A template placeholder entry was left in the log.");
                this.time = new WrittenTime(stamp, Optional.empty());
            } else {
                this.time = Timestamps.read(stamp);
                if (time.instant().isEmpty()) {
                    problems.warn(line, DiagnosticKind.BAD_TIMESTAMP, "Unreadable time '" + stamp + "'.");
                }
            }
        }

        void add(String continuation) {
            if (blank) {
                // the text starts at its first line that is not blank; textLine says which line of the file that is
                text.setLength(0);
                text.append(continuation);
                textLine = line + lines;
                blank = continuation.isBlank();
            } else {
                text.append('\n').append(continuation);
            }
            lines++;
        }

        LogEntry toEntry(KnownActors actors) {
            String all = text.toString().strip();
            EntryClassifier.Classified classified = EntryClassifier.classify(all, actors);
            String who = actor == null || actor.isEmpty() ? classified.actor() : actor;
            return new LogEntry(
                    line, time, who, classified.kind(), all, Mentions.extract(all), blank ? line : textLine);
        }
    }
}
