package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.sessionledger.fs.parse.FrontMatter.Delimiter;

class FrontMatterSplitterTest {

    @Test
    void splitsTomlFrontMatterAndKnowsTheBodyLine() {
        FrontMatter doc = FrontMatterSplitter.split("+++\nid = \"x\"\n+++\n# Title\n");
        assertThat(doc.delimiter()).isEqualTo(Delimiter.TOML);
        assertThat(doc.block()).isEqualTo("id = \"x\"\n");
        assertThat(doc.blockLine()).isEqualTo(2);
        assertThat(doc.body()).isEqualTo("# Title\n");
        assertThat(doc.bodyLine()).isEqualTo(4);
        assertThat(doc.closed()).isTrue();
    }

    @Test
    void acceptsLeadingBlankLinesCrlfAndTrailingSpaces() {
        FrontMatter doc = FrontMatterSplitter.split("\r\n+++  \r\na = 1\r\n+++\r\nbody");
        assertThat(doc.delimiter()).isEqualTo(Delimiter.TOML);
        assertThat(doc.block()).isEqualTo("a = 1\r\n");
        assertThat(doc.body()).isEqualTo("body");
        assertThat(doc.bodyLine()).isEqualTo(5);
    }

    @Test
    void splitsYamlAndLeavesPlainMarkdownAlone() {
        assertThat(FrontMatterSplitter.split("---\na: b\n---\nx").delimiter()).isEqualTo(Delimiter.YAML);
        FrontMatter plain = FrontMatterSplitter.split("# Just Markdown\n+++\n");
        assertThat(plain.delimiter()).isEqualTo(Delimiter.NONE);
        assertThat(plain.body()).isEqualTo("# Just Markdown\n+++\n");
    }

    @Test
    void reportsAnUnclosedBlock() {
        FrontMatter doc = FrontMatterSplitter.split("+++\nid = \"x\"\n# body");
        assertThat(doc.closed()).isFalse();
        assertThat(doc.block()).isEqualTo("id = \"x\"\n# body");
        assertThat(doc.body()).isEmpty();
    }

    @Property(tries = 2000)
    void neverThrowsAndTheBodyIsASuffix(@ForAll("documents") String text) {
        FrontMatter doc = FrontMatterSplitter.split(text);
        assertThat(text).endsWith(doc.body());
        assertThat(doc.bodyLine()).isPositive();
        if (doc.delimiter() == Delimiter.NONE) {
            assertThat(doc.body()).isEqualTo(text);
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.of(
                        "+++",
                        "---",
                        "\n",
                        "\r\n",
                        "\r",
                        " ",
                        "id = \"x\"",
                        "# h",
                        "+++ ",
                        "++",
                        "\u00e9",
                        "\uD83D\uDFE2"),
                Arbitraries.strings().ofMaxLength(12));
        return pieces.list().ofMaxSize(30).map(list -> String.join("", list));
    }
}
