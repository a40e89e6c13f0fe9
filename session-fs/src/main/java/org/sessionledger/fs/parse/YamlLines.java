package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.fs.read.Problems;

/**
 * Recovers the keys of YAML front matter that the YAML parser rejected, line by line: {@code key: value}, quoted
 * values, inline {@code [a, b]} lists, block lists of {@code - item} lines and {@code |}/{@code >} block scalars.
 * Nested maps are kept as text. Keys already present are left alone; lines that are no {@code key: value} are
 * reported.
 */
final class YamlLines {

    private static final Pattern KEY_LINE = Pattern.compile("^([A-Za-z0-9_][A-Za-z0-9_\\- ]*):(?:\\s+(.*))?$");
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*-\\s+(.*)$");

    private YamlLines() {}

    static void extract(String block, int blockLine, Fields fields, Problems problems) {
        String[] lines = Lines.of(block);
        int i = 0;
        while (i < lines.length) {
            String raw = lines[i];
            if (raw.isBlank() || raw.stripLeading().startsWith("#")) {
                i++;
                continue;
            }
            Matcher key = KEY_LINE.matcher(raw);
            if (!key.matches()) {
                problems.warn(blockLine + i, DiagnosticKind.MALFORMED_YAML, "Not a 'key: value' line.");
                i++;
                continue;
            }
            String name = key.group(1).strip();
            String value =
                    key.group(2) == null ? "" : stripComment(key.group(2)).strip();
            int line = blockLine + i;
            i++;
            if (value.startsWith("[") && value.endsWith("]")) {
                fields.putIfAbsent(name, new FieldValue.Texts(inlineList(value), line));
            } else if (value.equals("|") || value.equals(">") || value.equals("|-") || value.equals(">-")) {
                StringBuilder text = new StringBuilder();
                while (i < lines.length && (lines[i].isBlank() || Character.isWhitespace(lines[i].charAt(0)))) {
                    text.append(lines[i].strip()).append(value.startsWith("|") ? "\n" : " ");
                    i++;
                }
                fields.putIfAbsent(name, new FieldValue.Text(text.toString().strip(), line));
            } else if (value.isEmpty()) {
                List<String> items = new ArrayList<>();
                StringBuilder nested = new StringBuilder();
                while (i < lines.length
                        && (lines[i].isBlank()
                                || Character.isWhitespace(lines[i].charAt(0))
                                || lines[i].startsWith("-"))) {
                    Matcher item = ITEM_LINE.matcher(lines[i]);
                    if (item.matches()) {
                        items.add(unquote(stripComment(item.group(1)).strip()));
                    } else if (!lines[i].isBlank()) {
                        nested.append(lines[i].strip()).append('\n');
                    }
                    i++;
                }
                fields.putIfAbsent(
                        name,
                        nested.isEmpty()
                                ? new FieldValue.Texts(items, line)
                                : new FieldValue.Other(nested.toString().strip(), "a map", line));
            } else {
                fields.putIfAbsent(name, new FieldValue.Text(unquote(value), line));
            }
        }
    }

    private static List<String> inlineList(String value) {
        List<String> items = new ArrayList<>();
        for (String part : value.substring(1, value.length() - 1).split(",")) {
            if (!part.isBlank()) {
                items.add(unquote(part.strip()));
            }
        }
        return items;
    }

    private static String unquote(String value) {
        if (value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String stripComment(String value) {
        if (value.startsWith("\"") || value.startsWith("'")) {
            return value;
        }
        int hash = value.indexOf(" #");
        return hash >= 0 ? value.substring(0, hash) : value;
    }
}
