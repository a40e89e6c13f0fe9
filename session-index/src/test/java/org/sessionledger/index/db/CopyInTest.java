package org.sessionledger.index.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CopyInTest {

    @Test
    void writesTheTextFormatWithEscapes() {
        CopyIn rows = new CopyIn("t", "a", "b", "c", "d", "e", "f");
        rows.row("tab\there\nnew\\line\r", null, 42, 7L, true, Instant.parse("2025-07-20T10:30:00Z"));
        assertThat(rows.text()).isEqualTo("tab\\there\\nnew\\\\line\\r\t\\N\t42\t7\tt\t2025-07-20T10:30:00Z\n");
        assertThat(rows.rows()).isEqualTo(1);
    }

    @Test
    void quotesEveryArrayElementAndEscapesTwice() {
        CopyIn rows = new CopyIn("t", "a");
        rows.row((Object) new String[] {"plain", "with \"quote\"", "back\\slash", "", "NULL", "a,b{c}"});
        // array escapes (\" and \\) come first, then COPY doubles every backslash
        assertThat(rows.text())
                .isEqualTo("{\"plain\",\"with \\\\\"quote\\\\\"\",\"back\\\\\\\\slash\",\"\",\"NULL\",\"a,b{c}\"}\n");
    }

    @Test
    void dropsNulCharactersThatPostgresTextCannotHold() {
        CopyIn rows = new CopyIn("t", "a");
        rows.row("a\0b");
        assertThat(rows.text()).isEqualTo("ab\n");
    }

    @Test
    void refusesRowsOfTheWrongWidthAndUnknownTypes() {
        CopyIn rows = new CopyIn("t", "a", "b");
        assertThatThrownBy(() -> rows.row("only one")).hasMessageContaining("takes 2 values");
        assertThatThrownBy(() -> rows.row("x", new Object())).hasMessageContaining("no COPY form");
    }
}
