package org.sessionledger.fs.parse;

/**
 * The first line of a log entry, read by hand in one pass: optional indentation, then a heading mark or a list marker
 * ({@code -}, {@code *}, {@code +}, {@code 1.}), a checkbox ({@code [ ]}, {@code [x]}, {@code [~]}, ...), emphasis
 * ({@code **}, {@code *}, {@code _}), backticks and brackets in any order, then a timestamp (ISO 8601 with {@code T}
 * or a space, with or without seconds, zone or time; a bracketed compact {@code YYMMDDHHMM[SS]}; or a template
 * placeholder), then the closing decoration and an optional separator ({@code -}, {@code :}, {@code |}, a dash).
 * A line whose first non-space character is a backslash never starts an entry (the writer's escape).
 *
 * @param column where the entry's text starts for its continuation lines (0 after a heading mark)
 * @param stamp the timestamp as written
 * @param placeholder whether the stamp is a template placeholder ({@code YYYY-MM-DD ...}, {@code {{timestamp}}})
 * @param text the rest of the line: the entry's first line of text
 */
record EntryStart(int column, String stamp, boolean placeholder, String text) {

    /** At most this many decoration characters before the stamp ({@code - [ ] **`[} is five). */
    private static final int MAX_DECORATION = 6;

    /** The entry that {@code line} starts, or null; cheap for the lines that start none. */
    static EntryStart read(String line) {
        int n = line.length();
        int i = 0;
        while (i < n && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        if (i == n || !mayOpen(line.charAt(i))) {
            return null;
        }
        int indent = i;
        boolean heading = false;
        if (line.charAt(i) == '#') {
            int hashes = 0;
            while (i < n && line.charAt(i) == '#') {
                i++;
                hashes++;
            }
            if (hashes > 6 || i == n || !isBlank(line.charAt(i))) {
                return null;
            }
            heading = true;
            i = skipBlanks(line, i);
        } else {
            i = afterListMarker(line, i);
        }
        int column = heading ? 0 : (i > indent ? i : indent);
        i = afterCheckbox(line, i);
        return stamped(line, i, column);
    }

    /** Whether an entry's first line can begin with this character (after indentation). */
    private static boolean mayOpen(char c) {
        return c == '-'
                || c == '*'
                || c == '+'
                || c == '#'
                || c == '['
                || c == '`'
                || c == '_'
                || c == '{'
                || (c >= '0' && c <= '9');
    }

    /** After a list marker ({@code -}, {@code *}, {@code +} or up to three digits and {@code .}/{@code )}) and blanks. */
    private static int afterListMarker(String line, int at) {
        int n = line.length();
        char c = line.charAt(at);
        if ((c == '-' || c == '*' || c == '+') && at + 1 < n && isBlank(line.charAt(at + 1))) {
            return skipBlanks(line, at + 1);
        }
        int i = at;
        while (i < n && i - at < 3 && isDigit(line.charAt(i))) {
            i++;
        }
        if (i > at && i + 1 < n && (line.charAt(i) == '.' || line.charAt(i) == ')') && isBlank(line.charAt(i + 1))) {
            return skipBlanks(line, i + 1);
        }
        return at;
    }

    /** After a task box ({@code [ ]}, {@code [x]}, {@code [✅]}, {@code [~]}, ...) and blanks, if there is one. */
    private static int afterCheckbox(String line, int at) {
        int n = line.length();
        if (at + 3 < n && line.charAt(at) == '[') {
            int close = line.charAt(at + 2) == ']' ? at + 2 : (line.charAt(at + 3) == ']' ? at + 3 : -1);
            if (close > 0 && close + 1 < n && isBlank(line.charAt(close + 1)) && isBox(line, at + 1, close)) {
                return skipBlanks(line, close + 1);
            }
        }
        return at;
    }

    private static boolean isBox(String line, int from, int to) {
        String mark = line.substring(from, to);
        return switch (mark) {
            case " ", "x", "X", "~", "-", "/", "✅", "✓", "✔", "☑", "✗", "❌" -> true;
            default -> false;
        };
    }

    /** The stamp at {@code at}, after up to {@link #MAX_DECORATION} opening characters, and the rest. */
    private static EntryStart stamped(String line, int at, int column) {
        int n = line.length();
        int i = at;
        boolean bold = false;
        boolean bracket = false;
        while (i < n && i - at < MAX_DECORATION) {
            char c = line.charAt(i);
            if (c == '*' || c == '_' || c == '`' || c == '[') {
                bold |= c == '*' && i + 1 < n && line.charAt(i + 1) == '*';
                bracket |= c == '[';
                i++;
            } else {
                break;
            }
        }
        if (i == n) {
            return null;
        }
        int end = Stamps.end(line, i, bracket);
        if (end < 0) {
            return null;
        }
        String stamp = line.substring(i, end);
        int after = afterClosers(line, end);
        if (after < n && !isBlank(line.charAt(after)) && !isSeparator(line.charAt(after))) {
            return null; // the stamp runs on into a word: "2025-05-09abc"
        }
        String text = line.substring(afterSeparator(line, after));
        if (bold && after == end) {
            text = withoutClosingBold(text);
        }
        return new EntryStart(column, stamp, Stamps.isPlaceholder(stamp), text);
    }

    private static int afterClosers(String line, int at) {
        int i = at;
        while (i < line.length() && i - at < MAX_DECORATION && isCloser(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isCloser(char c) {
        return c == ']' || c == '`' || c == '*' || c == '_' || c == ')';
    }

    /** After blanks and one separator ({@code - : | – —}) that blanks or the line's end follow. */
    private static int afterSeparator(String line, int at) {
        int n = line.length();
        int i = skipBlanks(line, at);
        if (i < n && isSeparator(line.charAt(i)) && (i + 1 == n || isBlank(line.charAt(i + 1)))) {
            i = skipBlanks(line, i + 1);
        }
        return i;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == ':' || c == '|' || c == '–' || c == '—';
    }

    /**
     * {@code **2025-05-09 18:18 UTC - `util-typescript` (TASK-1):**}: the bold that opened before the stamp closes at
     * the end of the line; the text keeps what it holds without the marks.
     */
    private static String withoutClosingBold(String text) {
        String stripped = text.stripTrailing();
        if (stripped.endsWith(":**")) {
            return stripped.substring(0, stripped.length() - 3) + ":";
        }
        int bold = stripped.indexOf("**");
        if (bold >= 0
                && bold == stripped.lastIndexOf("**")
                && (bold + 2 == stripped.length()
                        || isBlank(stripped.charAt(bold + 2))
                        || stripped.charAt(bold + 2) == ':')) {
            return stripped.substring(0, bold) + stripped.substring(bold + 2);
        }
        return text;
    }

    private static int skipBlanks(String line, int at) {
        int i = at;
        while (i < line.length() && isBlank(line.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
