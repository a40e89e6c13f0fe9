package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the plain front matter that nearly every file has — bare keys with a string, an array of strings, a boolean
 * or a small decimal integer, comments and blank lines — in one pass, without a general TOML parser. Anything else
 * (tables, dotted or quoted keys, multi-line strings, escapes other than the common ones, floats, dates, nested or
 * mixed arrays, duplicate keys, control characters, lone surrogates) answers empty, and the caller reads the block with tomlj: the
 * shortcut reads what it accepts exactly as tomlj does and never guesses at the rest.
 */
final class SimpleToml {

    /** Thrown (without a stack) as soon as the block leaves the plain subset. */
    private static final class NotPlain extends RuntimeException {
        NotPlain() {
            super(null, null, false, false);
        }
    }

    private static final NotPlain NOT_PLAIN = new NotPlain();
    private static final int MAX_INTEGER_DIGITS = 18;

    private final String text;
    private final int blockLine;
    private int at;
    private int line = 1;

    private SimpleToml(String text, int blockLine) {
        this.text = text;
        this.blockLine = blockLine;
    }

    /** The fields of {@code block} (its first line being {@code blockLine} of the file), or empty when not plain. */
    static Optional<Fields> read(String block, int blockLine) {
        try {
            return Optional.of(new SimpleToml(block, blockLine).fields());
        } catch (NotPlain e) {
            return Optional.empty();
        }
    }

    private Fields fields() {
        Fields fields = Fields.empty();
        Set<String> keys = new HashSet<>();
        while (true) {
            spaces();
            if (at == text.length()) {
                return fields;
            }
            if (endOfLine()) {
                continue;
            }
            int keyLine = line;
            String key = key();
            spaces();
            expect('=');
            spaces();
            FieldValue value = value(blockLine + keyLine - 1);
            spaces();
            if (at < text.length() && !endOfLine()) {
                throw NOT_PLAIN;
            }
            if (!keys.add(key)) {
                throw NOT_PLAIN; // tomlj reports duplicates
            }
            fields.putIfAbsent(key, value);
        }
    }

    private String key() {
        int start = at;
        while (at < text.length() && isBareKeyChar(text.charAt(at))) {
            at++;
        }
        if (at == start) {
            throw NOT_PLAIN;
        }
        return text.substring(start, at);
    }

    private FieldValue value(int keyLine) {
        if (at == text.length()) {
            throw NOT_PLAIN;
        }
        char c = text.charAt(at);
        return switch (c) {
            case '"', '\'' -> new FieldValue.Text(string(), keyLine);
            case '[' -> new FieldValue.Texts(array(), keyLine);
            case 't' -> word("true", keyLine);
            case 'f' -> word("false", keyLine);
            default -> integer(keyLine);
        };
    }

    private FieldValue word(String word, int keyLine) {
        if (!text.startsWith(word, at)) {
            throw NOT_PLAIN;
        }
        at += word.length();
        return new FieldValue.Other(word, "a boolean", keyLine);
    }

    /** {@code 0} or an optional minus and up to 18 digits without a leading zero (tomlj reads it as a long). */
    private FieldValue integer(int keyLine) {
        int start = at;
        if (text.charAt(at) == '-') {
            at++;
        }
        int digits = at;
        while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
            at++;
        }
        int count = at - digits;
        boolean zero = count == 1 && text.charAt(digits) == '0' && digits == start;
        if (count == 0 || count > MAX_INTEGER_DIGITS || (text.charAt(digits) == '0' && !zero)) {
            throw NOT_PLAIN;
        }
        return new FieldValue.Other(text.substring(start, at), "a number", keyLine);
    }

    private List<String> array() {
        at++; // [
        List<String> items = new ArrayList<>();
        gap();
        if (peek() == ']') {
            at++;
            return items;
        }
        while (true) {
            char c = peek();
            if (c != '"' && c != '\'') {
                throw NOT_PLAIN;
            }
            items.add(string());
            gap();
            c = peek();
            at++;
            if (c == ']') {
                return items;
            }
            if (c != ',') {
                throw NOT_PLAIN;
            }
            gap();
            if (peek() == ']') {
                at++;
                return items;
            }
        }
    }

    /** Spaces, line ends and comments between array items. */
    private void gap() {
        while (true) {
            spaces();
            if (at == text.length() || !endOfLine()) {
                return;
            }
        }
    }

    private String string() {
        char quote = text.charAt(at);
        if (text.startsWith(quote == '"' ? "\"\"\"" : "'''", at)) {
            throw NOT_PLAIN; // multi-line strings
        }
        at++;
        StringBuilder value = null;
        int start = at;
        while (true) {
            char c = peek();
            if (c == quote) {
                String rest = text.substring(start, at);
                at++;
                return value == null ? rest : value.append(rest).toString();
            }
            if (isControl(c)) {
                throw NOT_PLAIN;
            }
            if (c == '\\' && quote == '"') {
                value = value == null ? new StringBuilder() : value;
                value.append(text, start, at).append(escaped(at + 1 < text.length() ? text.charAt(at + 1) : '\0'));
                at += 2;
                start = at;
            } else {
                character();
            }
        }
    }

    private static char escaped(char c) {
        return switch (c) {
            case 'b' -> '\b';
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'f' -> '\f';
            case 'r' -> '\r';
            case '"' -> '"';
            case '\\' -> '\\';
            default -> throw NOT_PLAIN; // \\u, \\U and anything invalid
        };
    }

    /** Consumes a comment (if any) and a line end; false, consuming nothing, when neither is here. */
    private boolean endOfLine() {
        char c = text.charAt(at);
        if (c == '#') {
            at++;
            while (at < text.length() && text.charAt(at) != '\n' && text.charAt(at) != '\r') {
                if (isControl(text.charAt(at))) {
                    throw NOT_PLAIN;
                }
                character();
            }
            if (at == text.length()) {
                return true;
            }
            c = text.charAt(at);
        }
        if (c == '\n') {
            at++;
        } else if (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
            at += 2;
        } else if (c == '\r') {
            throw NOT_PLAIN;
        } else {
            return false;
        }
        line++;
        return true;
    }

    /** Steps over one character: a surrogate pair whole, a lone surrogate (which tomlj refuses) not at all. */
    private void character() {
        char c = text.charAt(at);
        if (Character.isHighSurrogate(c) && at + 1 < text.length() && Character.isLowSurrogate(text.charAt(at + 1))) {
            at += 2;
        } else if (Character.isSurrogate(c)) {
            throw NOT_PLAIN;
        } else {
            at++;
        }
    }

    private void spaces() {
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
    }

    private void expect(char c) {
        if (peek() != c) {
            throw NOT_PLAIN;
        }
        at++;
    }

    /** The next character; past the end, a character nothing accepts. */
    private char peek() {
        if (at == text.length()) {
            throw NOT_PLAIN;
        }
        return text.charAt(at);
    }

    private static boolean isBareKeyChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    }

    /** Control characters other than tab, which TOML allows in no string or comment. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t') || c == 0x7f;
    }
}
