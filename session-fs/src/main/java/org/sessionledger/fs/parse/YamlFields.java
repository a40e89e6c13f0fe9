package org.sessionledger.fs.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.fs.read.Problems;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the YAML front matter of older task files with snakeyaml-engine: the block is composed into nodes (no objects
 * are constructed, so no tag can run code) and its top-level mapping becomes the fields, scalars as written
 * ({@code 2025-04-13T09:07:10+10:00} stays text), lists of scalars as lists, nested maps rendered as text. Invalid
 * YAML becomes a diagnostic, and the keys are then recovered line by line ({@link YamlLines}), as the TOML path does.
 */
public final class YamlFields {

    /** Deeper nesting is not rendered (aliases can nest a value in itself). */
    private static final int MAX_DEPTH = 8;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("front matter")
            .setAllowDuplicateKeys(true) // reported below; the first occurrence wins, as in the TOML path
            .setMaxAliasesForCollections(20)
            .setCodePointLimit(1 << 20)
            .build();

    private YamlFields() {}

    public static Fields parse(String block, int blockLine, Problems problems) {
        Fields fields = Fields.empty();
        Node root;
        try {
            root = new Compose(SETTINGS).composeString(block).orElse(null);
        } catch (YamlEngineException | IllegalStateException | IllegalArgumentException e) {
            problems.warn(lineOf(e, blockLine), DiagnosticKind.MALFORMED_YAML, "Invalid YAML: " + problemOf(e));
            YamlLines.extract(block, blockLine, fields, new Problems(problems.file()));
            return fields;
        }
        if (root == null) {
            return fields;
        }
        if (!(root instanceof MappingNode mapping)) {
            problems.warn(
                    line(root, blockLine), DiagnosticKind.MALFORMED_YAML, "The front matter is not a map of keys.");
            return fields;
        }
        Set<String> seen = new HashSet<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = render(tuple.getKeyNode(), 0).strip();
            int line = line(tuple.getKeyNode(), blockLine);
            if (!seen.add(key)) {
                problems.warn(line, DiagnosticKind.DUPLICATE_KEY, "Duplicate key: " + key);
                continue;
            }
            fields.putIfAbsent(key, value(tuple.getValueNode(), line));
        }
        return fields;
    }

    private static FieldValue value(Node node, int line) {
        return switch (node) {
            case ScalarNode scalar -> new FieldValue.Text(isNull(scalar) ? "" : scalar.getValue(), line);
            case SequenceNode sequence -> {
                List<String> items = new ArrayList<>();
                for (Node item : sequence.getValue()) {
                    items.add(render(item, 1));
                }
                yield new FieldValue.Texts(items, line);
            }
            case MappingNode map -> new FieldValue.Other(render(map, 1), "a map", line);
            default -> new FieldValue.Other("", "a value", line);
        };
    }

    /** A node as text: scalars as written, lists as {@code [a, b]}, maps as {@code k: v} lines. */
    private static String render(Node node, int depth) {
        if (depth > MAX_DEPTH) {
            return "…";
        }
        return switch (node) {
            case ScalarNode scalar -> isNull(scalar) ? "" : scalar.getValue();
            case SequenceNode sequence -> {
                List<String> items = new ArrayList<>();
                sequence.getValue().forEach(item -> items.add(render(item, depth + 1)));
                yield "[" + String.join(", ", items) + "]";
            }
            case MappingNode map -> {
                List<String> pairs = new ArrayList<>();
                for (NodeTuple t : map.getValue()) {
                    pairs.add(render(t.getKeyNode(), depth + 1) + ": " + render(t.getValueNode(), depth + 1));
                }
                yield String.join("\n", pairs);
            }
            default -> "";
        };
    }

    private static boolean isNull(ScalarNode scalar) {
        String v = scalar.getValue();
        return scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
                && (v.isEmpty() || v.equals("~") || v.equalsIgnoreCase("null"));
    }

    private static int line(Node node, int blockLine) {
        return node.getStartMark().map(m -> blockLine + m.getLine()).orElse(blockLine);
    }

    private static int lineOf(RuntimeException e, int blockLine) {
        if (e instanceof MarkedYamlEngineException marked) {
            return marked.getProblemMark()
                    .map(Mark::getLine)
                    .map(l -> blockLine + l)
                    .orElse(blockLine);
        }
        return blockLine;
    }

    private static String problemOf(RuntimeException e) {
        String problem = e instanceof MarkedYamlEngineException marked ? marked.getProblem() : e.getMessage();
        return problem == null || problem.isBlank() ? "the YAML parser gave up on this front matter" : problem;
    }
}
