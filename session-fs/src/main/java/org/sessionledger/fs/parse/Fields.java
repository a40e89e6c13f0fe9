package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.fs.read.Problems;

/**
 * Front-matter fields in file order, whatever syntax they came from, with typed accessors that report wrong types
 * and treat template placeholders ({@code "{{...}}"}, {@code "<< ... >>"}) as absent.
 */
public final class Fields {

    /** {@code {{...}}}, {@code << ... >>}, or a whole value in brackets of words ({@code [Parent MDTM Task ID]}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{[^}]*}}|<<[^>]*>>|^\\[[A-Za-z][A-Za-z_ \\-]*]$");

    private final Map<String, FieldValue> values = new LinkedHashMap<>();

    public static Fields empty() {
        return new Fields();
    }

    /** Adds a key unless it is already present (the first occurrence wins, as readers of duplicates expect). */
    public void putIfAbsent(String key, FieldValue value) {
        values.putIfAbsent(key, value);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public Map<String, FieldValue> asMap() {
        return Collections.unmodifiableMap(values);
    }

    public Optional<FieldValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The first key of {@code keys} that is present, as a text; blank and placeholder values count as absent. */
    public Optional<String> text(Problems problems, String... keys) {
        for (String key : keys) {
            FieldValue value = values.get(key);
            if (value == null) {
                continue;
            }
            String text = switch (value) {
                case FieldValue.Text t -> t.value();
                case FieldValue.Texts list -> {
                    problems.warn(
                            value.line(), DiagnosticKind.WRONG_TYPE, "'" + key + "' should be a string, not an array.");
                    yield list.asText();
                }
                case FieldValue.Other other -> other.rendered();
            };
            String stripped = text.strip();
            if (!stripped.isEmpty() && !isPlaceholder(stripped)) {
                return Optional.of(stripped);
            }
        }
        return Optional.empty();
    }

    /** The first key of {@code keys} that is present, as a list; a single string becomes a one-element list. */
    public List<String> list(Problems problems, String... keys) {
        for (String key : keys) {
            FieldValue value = values.get(key);
            if (value == null) {
                continue;
            }
            List<String> raw = switch (value) {
                case FieldValue.Texts list -> list.values();
                case FieldValue.Text text -> {
                    if (!text.value().isBlank()) {
                        problems.warn(
                                value.line(),
                                DiagnosticKind.WRONG_TYPE,
                                "'" + key + "' should be an array of strings.");
                    }
                    yield List.of(text.value());
                }
                case FieldValue.Other other -> {
                    problems.warn(
                            value.line(),
                            DiagnosticKind.WRONG_TYPE,
                            "'" + key + "' should be an array of strings, not " + other.type() + ".");
                    yield List.of();
                }
            };
            List<String> cleaned = new ArrayList<>();
            for (String item : raw) {
                String stripped = item.strip();
                if (!stripped.isEmpty() && !isPlaceholder(stripped)) {
                    cleaned.add(stripped);
                }
            }
            return List.copyOf(cleaned);
        }
        return List.of();
    }

    /** The first present key of {@code keys} as a time; an unreadable one is reported. */
    public WrittenTime time(Problems problems, String... keys) {
        Optional<String> text = text(problems, keys);
        if (text.isEmpty()) {
            return WrittenTime.absent();
        }
        WrittenTime time = Timestamps.read(text.get());
        if (time.instant().isEmpty()) {
            problems.warn(lineOf(keys), DiagnosticKind.BAD_TIMESTAMP, "Unreadable time '" + text.get() + "'.");
        }
        return time;
    }

    /** The line a key is written on, 0 when unknown or absent. */
    public int lineOf(String... keys) {
        for (String key : keys) {
            FieldValue value = values.get(key);
            if (value != null) {
                return value.line();
            }
        }
        return 0;
    }

    public static boolean isPlaceholder(String value) {
        return PLACEHOLDER.matcher(value).find();
    }
}
