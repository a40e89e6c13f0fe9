package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.fs.read.Problems;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads TOML front matter: plain blocks with {@link SimpleToml}, everything else with tomlj. When the TOML is invalid
 * (duplicate keys copied from templates, missing commas), every error becomes a diagnostic and the keys tomlj could
 * not deliver are recovered line by line.
 */
public final class TomlFields {

    private TomlFields() {}

    public static Fields parse(String block, int blockLine, Problems problems) {
        return SimpleToml.read(block, blockLine).orElseGet(() -> withTomlj(block, blockLine, problems));
    }

    /** Reads the block with tomlj alone (what {@link SimpleToml} must agree with). */
    static Fields withTomlj(String block, int blockLine, Problems problems) {
        Fields fields = Fields.empty();
        TomlParseResult result;
        try {
            result = Toml.parse(block);
        } catch (RuntimeException e) {
            problems.error(blockLine, DiagnosticKind.MALFORMED_TOML, "The TOML parser gave up on this front matter.");
            LenientToml.extract(block, blockLine, fields);
            return fields;
        }
        for (TomlParseError error : result.errors()) {
            int line = blockLine + Math.max(0, error.position().line() - 1);
            String message = error.getMessage();
            boolean duplicate =
                    message != null && message.toLowerCase(Locale.ROOT).contains("previously defined");
            problems.warn(
                    line,
                    duplicate ? DiagnosticKind.DUPLICATE_KEY : DiagnosticKind.MALFORMED_TOML,
                    (duplicate ? "Duplicate key: " : "Invalid TOML: ") + message);
        }
        for (String key : result.keySet()) {
            TomlPosition position = result.inputPositionOf(key);
            int line = position == null ? 0 : blockLine + position.line() - 1;
            fields.putIfAbsent(key, convert(result.get(key), line));
        }
        if (result.hasErrors()) {
            LenientToml.extract(block, blockLine, fields);
        }
        return fields;
    }

    private static FieldValue convert(Object value, int line) {
        return switch (value) {
            case String s -> new FieldValue.Text(s, line);
            case TomlArray array -> new FieldValue.Texts(texts(array), line);
            case TomlTable table -> new FieldValue.Other(table.toJson(), "a table", line);
            case java.time.temporal.Temporal time -> new FieldValue.Text(time.toString(), line);
            case Boolean b -> new FieldValue.Other(b.toString(), "a boolean", line);
            case Number n -> new FieldValue.Other(n.toString(), "a number", line);
            case null -> new FieldValue.Text("", line);
            default -> new FieldValue.Other(value.toString(), "a value", line);
        };
    }

    private static List<String> texts(TomlArray array) {
        List<String> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            Object item = array.get(i);
            out.add(item instanceof TomlTable table ? table.toJson() : String.valueOf(item));
        }
        return out;
    }
}
