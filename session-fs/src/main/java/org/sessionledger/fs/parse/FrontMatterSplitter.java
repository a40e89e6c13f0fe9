package org.sessionledger.fs.parse;

import org.sessionledger.fs.parse.FrontMatter.Delimiter;

/**
 * Splits {@code +++} (TOML) or {@code ---} (YAML) front matter from the Markdown body. Leading blank lines are
 * allowed; delimiter lines may carry trailing spaces. Total on every input.
 */
public final class FrontMatterSplitter {

    private FrontMatterSplitter() {}

    public static FrontMatter split(String text) {
        String source = text == null ? "" : text;
        int pos = 0;
        int line = 1;
        while (pos < source.length()) {
            int end = lineEnd(source, pos);
            String content = source.substring(pos, end);
            if (!content.isBlank()) {
                break;
            }
            pos = next(source, end);
            line++;
        }
        if (pos >= source.length()) {
            return new FrontMatter(Delimiter.NONE, "", 1, source, 1, true);
        }
        int firstEnd = lineEnd(source, pos);
        Delimiter delimiter = delimiterOf(source.substring(pos, firstEnd));
        if (delimiter == Delimiter.NONE) {
            return new FrontMatter(Delimiter.NONE, "", 1, source, 1, true);
        }
        int blockStart = next(source, firstEnd);
        int blockLine = line + 1;
        int cursor = blockStart;
        int cursorLine = blockLine;
        while (cursor < source.length()) {
            int end = lineEnd(source, cursor);
            if (source.substring(cursor, end).strip().equals(delimiter.marker())) {
                String block = source.substring(blockStart, cursor);
                int bodyStart = next(source, end);
                return new FrontMatter(delimiter, block, blockLine, source.substring(bodyStart), cursorLine + 1, true);
            }
            cursor = next(source, end);
            cursorLine++;
        }
        return new FrontMatter(delimiter, source.substring(blockStart), blockLine, "", cursorLine, false);
    }

    private static Delimiter delimiterOf(String firstLine) {
        String stripped = firstLine.strip();
        if (stripped.equals("+++")) {
            return Delimiter.TOML;
        }
        if (stripped.equals("---")) {
            return Delimiter.YAML;
        }
        return Delimiter.NONE;
    }

    /** Index of the line terminator (or end of text) of the line starting at {@code start}. */
    static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    /** Index of the next line's start after the terminator at {@code end}. */
    static int next(String text, int end) {
        if (end >= text.length()) {
            return text.length();
        }
        if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') {
            return end + 2;
        }
        return end + 1;
    }
}
