package org.sessionledger.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionStatusTest {

    @ParameterizedTest
    @CsvSource({
        "🟢 Active, ACTIVE",
        "Active, ACTIVE",
        "⏸️ Paused, PAUSED",
        "🟡 Paused, PAUSED",
        "paused, PAUSED",
        "🏁 Completed, COMPLETED",
        "⚪ Completed, COMPLETED",
        "🔴 Error, ERROR",
        "ERROR, ERROR"
    })
    void matchesOnTheWord(String written, SessionStatus expected) {
        assertThat(SessionStatus.parse(written)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"''", "{{STATUS}}", "🟢", "Sleeping"})
    void unknownWordsAreEmpty(String written) {
        assertThat(SessionStatus.parse(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"ACTIVE, 🟢 Active, Active", "PAUSED, ⏸️ Paused, Paused", "COMPLETED, 🏁 Completed, Completed"})
    void writesTheEmojiForm(SessionStatus status, String written, String word) {
        assertThat(status.written()).isEqualTo(written);
        assertThat(status.word()).isEqualTo(word);
        assertThat(SessionStatus.parse(status.written())).isEqualTo(Optional.of(status));
    }
}
