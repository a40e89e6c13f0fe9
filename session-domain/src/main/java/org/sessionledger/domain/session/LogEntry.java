package org.sessionledger.domain.session;

import java.util.List;

/**
 * One entry of a session or task log.
 *
 * @param line the 1-based line of the file where the entry starts
 * @param time when it happened, as written
 * @param actor the acting mode or user when the entry names one, else empty
 * @param kind what the entry records
 * @param text the entry's text, continuation lines included, without the timestamp marker
 * @param mentions task ids and paths the entry mentions in backticks or links
 * @param textLine the 1-based line of the file that holds the first line of {@code text}: the text's n-th line (from
 *     0) is the file's line {@code textLine + n}, so that a match inside the text can be pointed at
 */
public record LogEntry(
        int line, WrittenTime time, String actor, EntryKind kind, String text, List<String> mentions, int textLine) {

    public LogEntry {
        actor = actor == null ? "" : actor;
        text = text == null ? "" : text;
        mentions = List.copyOf(mentions);
        textLine = textLine < line ? line : textLine;
    }

    /** An entry whose text starts on its first line. */
    public LogEntry(int line, WrittenTime time, String actor, EntryKind kind, String text, List<String> mentions) {
        this(line, time, actor, kind, text, mentions, line);
    }

    /** The file line of the text's character at {@code offset}. */
    public int lineAt(int offset) {
        int newlines = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
        }
        return textLine + newlines;
    }
}
