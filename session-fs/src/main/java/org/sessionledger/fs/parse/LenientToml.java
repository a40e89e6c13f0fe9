package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recovers top-level {@code key = value} pairs from TOML that a strict parser rejected: strings, multi-line strings
 * and (possibly broken) arrays of strings. Keys already present are left alone. Total on every input.
 */
final class LenientToml {

    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([A-Za-z0-9_\\-]+|\"[^\"]*\")\\s*=\\s*(.*)$");
    private static final Pattern TABLE_HEADER = Pattern.compile("^\\s*\\[\\[?[^\\]]*]]?\\s*(#.*)?$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'");

    private LenientToml() {}

    static void extract(String block, int blockLine, Fields fields) {
        String[] lines = Lines.of(block);
        int i = 0;
        while (i < lines.length) {
            if (TABLE_HEADER.matcher(lines[i]).matches()) {
                return; // keys below a [table] header are not top-level
            }
            Matcher key = KEY_LINE.matcher(lines[i]);
            if (!key.matches()) {
                i++;
                continue;
            }
            String name = unquote(key.group(1));
            String rest = key.group(2).strip();
            int line = blockLine + i;
            if (rest.startsWith("[")) {
                StringBuilder array = new StringBuilder(TomlLines.codeOf(rest));
                while (!closes(array)
                        && i + 1 < lines.length
                        && !KEY_LINE.matcher(lines[i + 1]).matches()) {
                    i++;
                    array.append('\n').append(TomlLines.codeOf(lines[i]));
                }
                fields.putIfAbsent(name, new FieldValue.Texts(strings(array.toString()), line));
            } else if (rest.startsWith("\"\"\"") || rest.startsWith("'''")) {
                String quote = rest.substring(0, 3);
                StringBuilder text = new StringBuilder(rest.substring(3));
                while (text.indexOf(quote) < 0 && i + 1 < lines.length) {
                    i++;
                    text.append('\n').append(lines[i]);
                }
                int end = text.indexOf(quote);
                fields.putIfAbsent(name, new FieldValue.Text(end < 0 ? text.toString() : text.substring(0, end), line));
            } else {
                Matcher quoted = QUOTED.matcher(rest);
                String value = quoted.lookingAt()
                        ? unescape(quoted)
                        : TomlLines.codeOf(rest).strip();
                fields.putIfAbsent(name, new FieldValue.Text(value, line));
            }
            i++;
        }
    }

    private static boolean closes(CharSequence array) {
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < array.length(); i++) {
            char c = array.charAt(i);
            if (c == '"' && (i == 0 || array.charAt(i - 1) != '\\')) {
                inString = !inString;
            } else if (!inString && c == '[') {
                depth++;
            } else if (!inString && c == ']') {
                depth--;
            }
        }
        return depth <= 0;
    }

    private static List<String> strings(String array) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(array);
        while (m.find()) {
            out.add(unescape(m));
        }
        return out;
    }

    private static String unescape(Matcher quoted) {
        if (quoted.group(1) == null) {
            return quoted.group(2);
        }
        return unescape(quoted.group(1));
    }

    /**
     * A basic string's escapes in one pass, left to right ({@code \\n} is a backslash and an n, not a line break);
     * an escape TOML does not know is kept as written.
     */
    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char e = text.charAt(++i);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'e' -> out.append('\u001B');
                case '"', '\\' -> out.append(e);
                case 'u', 'U' -> i = codePoint(text, i, e == 'u' ? 4 : 8, out);
                default -> out.append('\\').append(e);
            }
        }
        return out.toString();
    }

    /** Appends the code point of {@code \\uXXXX} or {@code \\UXXXXXXXX} at {@code at}; the index of its last digit. */
    private static int codePoint(String text, int at, int digits, StringBuilder out) {
        if (at + digits < text.length()) {
            try {
                int cp = Integer.parseInt(text, at + 1, at + 1 + digits, 16);
                if (Character.isValidCodePoint(cp) && !(cp >= 0xD800 && cp <= 0xDFFF)) {
                    out.appendCodePoint(cp);
                    return at + digits;
                }
            } catch (NumberFormatException e) {
                // not hex: kept as written
            }
        }
        out.append('\\').append(text.charAt(at));
        return at;
    }

    private static String unquote(String key) {
        return key.startsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }
}
