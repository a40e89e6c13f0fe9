package org.sessionledger.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TaskStatusTest {

    @ParameterizedTest
    @CsvSource({
        "🟡 To Do, TODO",
        "🔵 In Progress, IN_PROGRESS",
        "🟣 Review, REVIEW",
        "🟢 Done, DONE",
        "✅ Complete, DONE",
        "Complete ✅, DONE",
        "🔴 Error, ERROR",
        "⚪ Blocked, BLOCKED",
        "Pending, TODO",
        "⚪️ Planned, TODO",
        "⏹️ Abandoned, CANCELLED"
    })
    void readsEmojiAndWordForms(String written, TaskStatus expected) {
        assertThat(TaskStatus.parse(written)).contains(expected);
    }

    @Test
    void unknownIsEmpty() {
        assertThat(TaskStatus.parse("{{STATUS}}")).isEmpty();
        assertThat(TaskStatus.parse("")).isEmpty();
    }

    @Test
    void checklistProgress() {
        assertThat(new Checklist(1, 3).percent()).isEqualTo(33);
        assertThat(Checklist.EMPTY.percent()).isZero();
        assertThatThrownBy(() -> new Checklist(4, 3)).isInstanceOf(IllegalArgumentException.class);
    }
}
