package org.sessionledger.fs.parse;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads metadata written as bold Markdown lines at the top of files without front matter:
 * {@code **Status:** Complete ✅}, {@code **Assigned To:** technical-writer}, {@code **Master Task:** path}. Keys
 * become snake case ({@code assigned_to}); only lines before the second level-2 heading are considered.
 */
public final class BoldFields {

    private static final Pattern BOLD_LINE =
            Pattern.compile("^\\s*(?:[-*+]\\s+)?\\*\\*([^*:]{1,40}?)(?::\\*\\*|\\*\\*\\s*:)\\s*(.*)$");
    private static final int MAX_LINES = 80;

    private BoldFields() {}

    public static Fields parse(String body, int bodyLine) {
        Fields fields = Fields.empty();
        String[] lines = Lines.of(body);
        int headings = 0;
        for (int i = 0; i < lines.length && i < MAX_LINES; i++) {
            if (lines[i].startsWith("## ") && ++headings > 1) {
                break;
            }
            Matcher m = BOLD_LINE.matcher(lines[i]);
            if (m.matches()) {
                String key = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
                fields.putIfAbsent(key, new FieldValue.Text(m.group(2).strip(), bodyLine + i));
            }
        }
        return fields;
    }
}
