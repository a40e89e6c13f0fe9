package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Test
    void splitsAtEveryLineEndAndKeepsEmptyLines() {
        assertThat(Lines.of("a\r\nb\rc\n\nd\n")).containsExactly("a", "b", "c", "", "d", "");
        assertThat(Lines.of("")).containsExactly("");
        assertThat(Lines.of("\r\r\n")).containsExactly("", "", "");
    }

    @Property(tries = 3000)
    void splitsAsTheLineEndRegexDoes(@ForAll("texts") String text) {
        assertThat(Lines.of(text)).containsExactly(text.split("\\r?\\n|\\r", -1));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                        Arbitraries.of("\r", "\n", "\r\n", "\n\r", "x", "é", " "),
                        Arbitraries.strings().ofMaxLength(5))
                .list()
                .ofMaxSize(30)
                .map(parts -> String.join("", parts));
    }
}
