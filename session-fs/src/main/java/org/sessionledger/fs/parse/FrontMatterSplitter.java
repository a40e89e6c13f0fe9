package org.sessionledger.fs.parse;

import org.sessionledger.fs.parse.FrontMatter.Delimiter;

/**
 * Splits {@code +++} (TOML) or {@code ---} (YAML) front matter from the Markdown body. Leading blank lines are
 * allowed; delimiter lines may carry trailing spaces, and a {@code +++} line a comment ({@code +++  // TOML}). A file
 * that starts with TOML key lines and comments up to a {@code +++} line has lost its opening line: that block is its
 * front matter ({@link FrontMatter#opened()} false). Total on every input.
 */
public final class FrontMatterSplitter {

    /** How far down a lost opening line is looked for. */
    private static final int UNOPENED_MAX_LINES = 80;

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
        String first = source.substring(pos, firstEnd);
        Delimiter delimiter = delimiterOf(first);
        if (delimiter == Delimiter.NONE) {
            FrontMatter unopened = unopened(source, pos, line);
            return unopened != null ? unopened : new FrontMatter(Delimiter.NONE, "", 1, source, 1, true);
        }
        String comment = delimiter == Delimiter.TOML ? commentOf(first) : "";
        int blockStart = next(source, firstEnd);
        int blockLine = line + 1;
        int cursor = blockStart;
        int cursorLine = blockLine;
        while (cursor < source.length()) {
            int end = lineEnd(source, cursor);
            if (delimiterOf(source.substring(cursor, end)) == delimiter) {
                String block = source.substring(blockStart, cursor);
                int bodyStart = next(source, end);
                return new FrontMatter(
                        delimiter, block, blockLine, source.substring(bodyStart), cursorLine + 1, true, true, comment);
            }
            cursor = next(source, end);
            cursorLine++;
        }
        return new FrontMatter(
                delimiter, source.substring(blockStart), blockLine, "", cursorLine, false, true, comment);
    }

    /**
     * TOML without its opening line: key lines, comments, blank lines, table headers and the lines of open arrays up
     * to a {@code +++} line, with at least one key; else null.
     */
    private static FrontMatter unopened(String source, int start, int startLine) {
        int cursor = start;
        int line = startLine;
        int depth = 0;
        boolean keys = false;
        while (cursor < source.length() && line - startLine < UNOPENED_MAX_LINES) {
            int end = lineEnd(source, cursor);
            String content = source.substring(cursor, end);
            if (depth == 0 && delimiterOf(content) == Delimiter.TOML) {
                if (!keys) {
                    return null;
                }
                int bodyStart = next(source, end);
                return new FrontMatter(
                        Delimiter.TOML,
                        source.substring(start, cursor),
                        startLine,
                        source.substring(bodyStart),
                        line + 1,
                        true,
                        false,
                        "");
            }
            String code = TomlLines.codeOf(content).strip();
            if (depth > 0) {
                depth = Math.max(0, depth + brackets(code));
            } else if (TomlLines.isKeyLine(code)) {
                keys = true;
                depth = Math.max(0, brackets(code.substring(code.indexOf('=') + 1)));
            } else if (!code.isEmpty() && !TomlLines.isTableHeader(code)) {
                return null;
            }
            cursor = next(source, end);
            line++;
        }
        return null;
    }

    /** Opened minus closed brackets outside strings. */
    private static int brackets(String code) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return depth;
    }

    private static Delimiter delimiterOf(String line) {
        String stripped = line.strip();
        if (stripped.equals("+++")
                || (stripped.startsWith("+++") && !commentOf(stripped).isEmpty())) {
            return Delimiter.TOML;
        }
        if (stripped.equals("---")) {
            return Delimiter.YAML;
        }
        return Delimiter.NONE;
    }

    /** The comment after a {@code +++} ({@code // ...} or {@code # ...}), or empty. */
    private static String commentOf(String line) {
        String rest = line.strip();
        if (!rest.startsWith("+++")) {
            return "";
        }
        rest = rest.substring(3).strip();
        return rest.startsWith("//") || rest.startsWith("#") ? rest : "";
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
