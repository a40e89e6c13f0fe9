package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sessionledger.fs.read.Problems;

class SimpleTomlTest {

    @Test
    void readsASessionsFrontMatterAsTomljDoes() {
        String block = """
                id = "SESSION-Fix_login-20250101-175258"
                title = "Fix \\"login\\" naïve 🟢" # (String) trailing comment
                status = '🏁 Completed'
                related_tasks = ["TASK-1", 'TASK-2',]
                related_artifacts = [
                    # comment-only line
                    "artifacts/notes/a.md",
                    "artifacts/notes/b.md"
                ]
                empty = []
                priority = -12
                archived = false
                """;
        Fields fields = SimpleToml.read(block, 2).orElseThrow();
        assertSame(fields, TomlFields.withTomlj(block, 2, new Problems("f.md")));
        assertThat(fields.lineOf("related_artifacts")).isEqualTo(6);
        assertThat(fields.get("title")).get().extracting(FieldValue::asText).isEqualTo("Fix \"login\" naïve 🟢");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "[table]\na = 1\n",
                "a.b = 1\n",
                "\"quoted\" = 1\n",
                "a = 1.5\n",
                "a = 2025-01-01\n",
                "a = +1\n",
                "a = -0\n",
                "a = 012\n",
                "a = 1_000\n",
                "a = \"\"\"long\"\"\"\n",
                "a = '''long'''\n",
                "a = \"\\u00e9\"\n",
                "a = \"\\x\"\n",
                "a = [1, 2]\n",
                "a = [[\"x\"]]\n",
                "a = {b = 1}\n",
                "a = \"x\"\na = \"y\"\n",
                "a = \"x\" \"y\"\n",
                "a =\n",
                "a = \"open\n",
                "a = \"x\"\rb = \"y\"\n",
                "a = \"bell\u0007\"\n",
                "\uFEFFa = 1\n",
                "a = [\"x\" \"y\"]\n",
                "a = [,]\n",
                "a = \"lone \uD83D surrogate\"\n",
                "a = [\"x\",,]\n",
            })
    void leavesEverythingElseToTomlj(String block) {
        assertThat(SimpleToml.read(block, 1)).isEmpty();
    }

    @Property(tries = 3000)
    void plainBlocksAreReadAndReadAsTomljReadsThem(@ForAll("plainBlocks") String block) {
        Fields fields = SimpleToml.read(block, 3).orElseThrow(() -> new AssertionError("declined:\n" + block));
        assertSame(fields, TomlFields.withTomlj(block, 3, new Problems("f.md")));
    }

    @Property(tries = 5000)
    void whatEverIsReadIsReadAsTomljReadsIt(@ForAll("damagedBlocks") String block) {
        Optional<Fields> read = SimpleToml.read(block, 3);
        // both outcomes must be common, or the comparison below says little
        Statistics.collect(read.isPresent());
        Statistics.coverage(checker -> {
            checker.check(true).percentage(p -> p > 5);
            checker.check(false).percentage(p -> p > 5);
        });
        read.ifPresent(fields -> {
            Problems problems = new Problems("f.md");
            assertSame(fields, TomlFields.withTomlj(block, 3, problems));
            assertThat(problems.all())
                    .as("tomlj found errors in %s", visible(block))
                    .isEmpty();
        });
    }

    private static String visible(String block) {
        StringBuilder out = new StringBuilder();
        block.chars()
                .forEach(c -> out.append(
                        c < 0x20 || c == 0x7f || Character.isSurrogate((char) c)
                                ? String.format("\\u%04x", c)
                                : String.valueOf((char) c)));
        return out.toString();
    }

    private static void assertSame(Fields simple, Fields tomlj) {
        assertThat(new ArrayList<>(simple.asMap().keySet()))
                .containsExactlyElementsOf(tomlj.asMap().keySet());
        assertThat(simple.asMap()).isEqualTo(tomlj.asMap());
    }

    @Provide
    Arbitrary<String> plainBlocks() {
        Arbitrary<String> key =
                Arbitraries.strings().withChars("abcXYZ_-019").ofMinLength(1).ofMaxLength(6);
        Arbitrary<String> line = Combinators.combine(key, spaces(), spaces(), value(), comment())
                .as((k, s1, s2, v, c) -> k + s1 + "=" + s2 + v + c);
        Arbitrary<String> filler = Arbitraries.of("", "# a comment", "   ", "\t# é ' \" [ ]");
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n");
        return Combinators.combine(Arbitraries.oneOf(line, line, filler).list().ofMaxSize(12), newline)
                .as((lines, nl) -> {
                    List<String> unique = new ArrayList<>();
                    List<String> keys = new ArrayList<>();
                    for (String l : lines) {
                        String k =
                                l.contains("=") ? l.substring(0, l.indexOf('=')).strip() : "";
                        if (k.isEmpty() || k.startsWith("#") || !keys.contains(k)) {
                            unique.add(l);
                            keys.add(k);
                        }
                    }
                    return String.join(nl, unique) + (unique.isEmpty() ? "" : nl);
                });
    }

    @Provide
    Arbitrary<String> damagedBlocks() {
        Arbitrary<String> damage = Arbitraries.of(
                "\r",
                "\n",
                "\u0001",
                "\u007f",
                "\"",
                "'",
                "[",
                "]",
                "=",
                ".",
                ",",
                "\\u0041",
                "\\",
                "+",
                "-0",
                "1.5",
                "2025-01-01",
                "[t]",
                "\uD83D",
                "\"\"\"",
                "'''",
                "#",
                "é",
                " ",
                "\t",
                "{",
                "true",
                "0");
        return Combinators.combine(
                        plainBlocks(),
                        damage.list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.integers().between(0, 1000).list().ofSize(3))
                .as((block, pieces, at) -> {
                    StringBuilder out = new StringBuilder(block);
                    for (int i = 0; i < pieces.size(); i++) {
                        out.insert(at.get(i) % (out.length() + 1), pieces.get(i));
                    }
                    return out.toString();
                });
    }

    private static Arbitrary<String> value() {
        Arbitrary<String> basic = Arbitraries.of(
                        "a", " ", "é", "🟢", "日本", "\\n", "\\t", "\\\"", "\\\\", "'", "#", "=", "[", "]", ",", "\t",
                        "\\b", "\\f", "\\r")
                .list()
                .ofMaxSize(8)
                .map(parts -> "\"" + String.join("", parts) + "\"");
        Arbitrary<String> literal = Arbitraries.of("a", " ", "é", "🟢", "\\", "\"", "#", "[", ",", "\t")
                .list()
                .ofMaxSize(8)
                .map(parts -> "'" + String.join("", parts) + "'");
        Arbitrary<String> string = Arbitraries.oneOf(basic, literal);
        Arbitrary<String> gap = Arbitraries.of("", " ", "\n", " # note\n  ", "\r\n\t");
        Arbitrary<String> array = Combinators.combine(
                        Combinators.combine(string, gap, gap)
                                .as((s, g1, g2) -> g1 + s + g2)
                                .list()
                                .ofMaxSize(4),
                        Arbitraries.of(true, false),
                        gap)
                .as((items, trailing, inner) ->
                        "[" + (items.isEmpty() ? inner : String.join(",", items) + (trailing ? "," : "")) + "]");
        Arbitrary<String> number = Arbitraries.longs()
                .between(-999_999_999_999_999_999L, 999_999_999_999_999_999L)
                .map(String::valueOf);
        return Arbitraries.oneOf(basic, literal, array, number, Arbitraries.of("true", "false"));
    }

    private static Arbitrary<String> spaces() {
        return Arbitraries.of("", " ", "  ", "\t");
    }

    private static Arbitrary<String> comment() {
        return Arbitraries.of("", " # trailing", "\t#", " # \"quoted\" [x]");
    }
}
