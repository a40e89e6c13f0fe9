package org.sessionledger.fs.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinksTest {

    @ParameterizedTest
    @CsvSource({
        "' ./artifacts/notes/a.md#intro ', artifacts/notes/a.md",
        "src/a.py:42, src/a.py",
        "src/a.py:4-9, src/a.py",
        "././b.md, b.md",
        "notes:draft.md, notes:draft.md",
        "a.md:x, a.md:x",
        "a.md:12:3, a.md:12",
        "plain.md, plain.md",
    })
    void dropsAnchorsLineSuffixesAndLeadingDotSlashes(String reference, String expected) {
        assertThat(Links.stripSuffix(reference)).isEqualTo(expected);
    }
}
