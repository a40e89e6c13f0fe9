package org.sessionledger.fs.write;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.fs.parse.TomlLines;

/**
 * Edits the TOML front matter of a document line by line, changing only the lines it must: other keys, comments,
 * ordering, emoji, line endings and the Markdown body stay byte for byte as they were.
 */
public final class FrontMatterEditor {

    private static final Pattern TABLE_HEADER = Pattern.compile("^\\s*\\[\\[?[^\\]]*]]?\\s*(#.*)?$");

    private final List<String> lines;
    /** Which of {@link #lines} this editor wrote (set, added or extended). */
    private final List<Boolean> changed;

    private final String newline;
    private final int open;
    private int close;

    /** @throws IllegalArgumentException when the document has no closed {@code +++} front matter */
    public FrontMatterEditor(String text) {
        this.lines = new ArrayList<>(List.of(text.split("(?<=\n)", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        this.changed = new ArrayList<>(Collections.nCopies(lines.size(), false));
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        int first = 0;
        while (first < lines.size() && lines.get(first).isBlank()) {
            first++;
        }
        if (first >= lines.size() || !lines.get(first).strip().equals("+++")) {
            throw new IllegalArgumentException("The file has no '+++' front matter to edit.");
        }
        this.open = first;
        int end = first + 1;
        while (end < lines.size() && !lines.get(end).strip().equals("+++")) {
            end++;
        }
        if (end >= lines.size()) {
            throw new IllegalArgumentException("The file's '+++' front matter is never closed.");
        }
        this.close = end;
    }

    /** Sets a top-level string key, keeping a trailing comment; adds the key when it is missing. */
    public FrontMatterEditor setString(String key, String value) {
        int line = find(key);
        if (line < 0) {
            insert(key + " = " + quote(value));
            return this;
        }
        String current = body(lines.get(line));
        Matcher m = keyPattern(key).matcher(current);
        if (!m.find()) {
            return this;
        }
        String prefix = current.substring(0, m.end());
        String rest = current.substring(m.end());
        set(line, prefix + quote(value) + tail(rest) + ending(lines.get(line)));
        return this;
    }

    /** Appends a string to a top-level array, in whatever layout the array has; creates the array when missing. */
    public FrontMatterEditor appendToArray(String key, String item) {
        int line = find(key);
        if (line < 0) {
            insert(key + " = [" + quote(item) + "]");
            return this;
        }
        int last = closingLine(line);
        if (last < 0) {
            return setString(key, item);
        }
        String text = body(lines.get(last));
        String code = TomlLines.codeOf(text);
        int from = last == line ? code.indexOf('[', code.indexOf('=')) + 1 : 0;
        int bracket = closingBracket(code, from);
        String inside = code.substring(from, bracket);
        if (last == line || !inside.isBlank()) {
            set(last, withItem(code, from, inside, item) + text.substring(code.length()) + ending(lines.get(last)));
            return this;
        }
        int previous = last - 1;
        while (previous > line && TomlLines.codeOf(body(lines.get(previous))).isBlank()) {
            previous--;
        }
        String indent = "    ";
        if (previous > line) {
            String prev = body(lines.get(previous));
            indent = prev.substring(0, prev.length() - prev.stripLeading().length());
            String prevCode = TomlLines.codeOf(prev).stripTrailing();
            if (!prevCode.endsWith(",") && !prevCode.endsWith("[")) {
                set(previous, prevCode + "," + tail(prev) + ending(lines.get(previous)));
            }
        }
        add(last, indent + quote(item) + "," + newline);
        return this;
    }

    /** {@code code} with {@code item} added after the existing items {@code inside} (which start at {@code from}). */
    private static String withItem(String code, int from, String inside, String item) {
        String items = inside.stripTrailing();
        String separator = items.isBlank() ? "" : items.endsWith(",") ? " " : ", ";
        int cut = from + items.length();
        return code.substring(0, cut) + separator + quote(item) + code.substring(cut);
    }

    /** The comment ending a line, with the spaces before it, or nothing. */
    private static String tail(String line) {
        String code = TomlLines.codeOf(line);
        if (code.length() == line.length()) {
            return "";
        }
        return code.substring(code.stripTrailing().length()) + line.substring(code.length());
    }

    /** The edited document. */
    public String text() {
        return String.join("", lines);
    }

    private int find(String key) {
        Pattern pattern = keyPattern(key);
        for (int i = open + 1; i < close; i++) {
            String line = body(lines.get(i));
            if (TABLE_HEADER.matcher(line).matches()) {
                return -1;
            }
            if (pattern.matcher(line).find()) {
                return i;
            }
        }
        return -1;
    }

    private void insert(String line) {
        int at = open + 1;
        while (at < close && !TABLE_HEADER.matcher(body(lines.get(at))).matches()) {
            at++;
        }
        add(at, line + newline);
    }

    private void set(int index, String line) {
        if (!lines.get(index).equals(line)) {
            lines.set(index, line);
            changed.set(index, true);
        }
    }

    private void add(int index, String line) {
        lines.add(index, line);
        changed.add(index, true);
        close++;
    }

    /** Whether any line differs from the document given. */
    public boolean changed() {
        return changed.contains(true);
    }

    /**
     * Makes the edited front matter exactly {@code bytes} long in UTF-8, if the lines it changed can absorb the
     * difference: spaces after their values are added or taken away (TOML allows spaces after a value; one stays
     * before a comment). False, and nothing changed, when they cannot.
     */
    public boolean fit(int bytes) {
        int difference = bytes - text().getBytes(StandardCharsets.UTF_8).length;
        if (difference == 0) {
            return true;
        }
        int last = changed.lastIndexOf(true);
        if (last < 0) {
            return false;
        }
        if (difference > 0) {
            pad(last, difference);
            return true;
        }
        int needed = -difference;
        int slack = 0;
        for (int i = 0; i < lines.size(); i++) {
            slack += changed.get(i) ? Padding.of(body(lines.get(i))).slack() : 0;
        }
        if (slack < needed) {
            return false;
        }
        for (int i = 0; i < lines.size() && needed > 0; i++) {
            if (changed.get(i)) {
                Padding p = Padding.of(body(lines.get(i)));
                int take = Math.min(p.slack(), needed);
                lines.set(i, p.withSpaces(p.spaces().length() - take) + ending(lines.get(i)));
                needed -= take;
            }
        }
        return true;
    }

    /**
     * Pads the value of {@code key}, when this editor changed its line, with spaces up to {@code width} bytes (value and
     * spaces after it), so that a later value up to that width can be written in place.
     */
    public void reserve(String key, int width) {
        int line = find(key);
        if (line < 0 || !changed.get(line)) {
            return;
        }
        Padding p = Padding.of(body(lines.get(line)));
        String code = TomlLines.codeOf(p.code());
        Matcher m = keyPattern(key).matcher(code);
        if (m.find()) {
            int used = (code.substring(m.end()) + p.spaces()).getBytes(StandardCharsets.UTF_8).length;
            if (used < width) {
                pad(line, width - used);
            }
        }
    }

    private void pad(int index, int spaces) {
        Padding p = Padding.of(body(lines.get(index)));
        lines.set(index, p.withSpaces(p.spaces().length() + spaces) + ending(lines.get(index)));
    }

    /** A line cut into its code, the spaces after the code, and the comment (with any spaces before it kept in). */
    private record Padding(String code, String spaces, String comment) {
        static Padding of(String line) {
            String code = TomlLines.codeOf(line);
            String stripped = code.stripTrailing();
            return new Padding(stripped, code.substring(stripped.length()), line.substring(code.length()));
        }

        /** Spaces that may go: all of them, but one before a comment. */
        int slack() {
            return Math.max(0, spaces.length() - (comment.isEmpty() ? 0 : 1));
        }

        String withSpaces(int count) {
            return code + " ".repeat(count) + comment;
        }
    }

    /** The line holding the array's closing bracket, or -1 when the value is not an array. */
    private int closingLine(int keyLine) {
        String first = body(lines.get(keyLine));
        Matcher m = Pattern.compile("=\\s*").matcher(first);
        if (!m.find() || m.end() >= first.length() || first.charAt(m.end()) != '[') {
            return -1;
        }
        int depth = 0;
        for (int i = keyLine; i < close; i++) {
            Scan scan = scan(TomlLines.codeOf(body(lines.get(i))), i == keyLine ? m.end() : 0, depth);
            if (scan.closedAt() >= 0) {
                return i;
            }
            depth = scan.depth();
        }
        return -1;
    }

    /** Index of the bracket that closes the array in {@code code}, searching from {@code from}. */
    private static int closingBracket(String code, int from) {
        Scan scan = scan(code, from, 1);
        return scan.closedAt() >= 0 ? scan.closedAt() : code.length();
    }

    /** Where brackets stand after scanning code: the index of the bracket that closed them all, or -1 and the depth. */
    private record Scan(int closedAt, int depth) {}

    private static Scan scan(String code, int from, int depth) {
        int open = depth;
        boolean inString = false;
        for (int c = from; c < code.length(); c++) {
            char ch = code.charAt(c);
            if (ch == '"' && (c == 0 || code.charAt(c - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && ch == '[') {
                open++;
            } else if (!inString && ch == ']' && --open == 0) {
                return new Scan(c, 0);
            }
        }
        return new Scan(-1, open);
    }

    private static Pattern keyPattern(String key) {
        return Pattern.compile("^\\s*(?:" + Pattern.quote(key) + "|\"" + Pattern.quote(key) + "\")\\s*=\\s*");
    }

    /** The line without its line terminator. */
    private static String body(String line) {
        return line.replaceAll("\\r?\\n$", "");
    }

    private static String ending(String line) {
        return line.endsWith("\r\n") ? "\r\n" : line.endsWith("\n") ? "\n" : "";
    }

    /** A TOML basic string. */
    public static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7f) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
