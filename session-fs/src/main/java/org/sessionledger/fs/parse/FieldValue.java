package org.sessionledger.fs.parse;

import java.util.List;

/** A front-matter value, reduced to what the readers need: text, a list of texts, or something else. */
public sealed interface FieldValue {

    /** The 1-based line the key is written on, 0 when unknown. */
    int line();

    /** The value as a single text, lists joined by commas. */
    String asText();

    /** A string (or date) value. */
    record Text(String value, int line) implements FieldValue {
        @Override
        public String asText() {
            return value;
        }
    }

    /** An array; non-string elements are rendered as text. */
    record Texts(List<String> values, int line) implements FieldValue {
        public Texts {
            values = List.copyOf(values);
        }

        @Override
        public String asText() {
            return String.join(", ", values);
        }
    }

    /** A number, boolean or table, rendered; {@code type} names the TOML type. */
    record Other(String rendered, String type, int line) implements FieldValue {
        @Override
        public String asText() {
            return rendered;
        }
    }
}
