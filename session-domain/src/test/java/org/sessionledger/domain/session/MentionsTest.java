package org.sessionledger.domain.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsTaskIdsAndPathsInBackticks() {
        String entry = "Delegated task `TASK-DEV-20250720-110000` to `dev-python`: build it. "
                + "Created artifact: `artifacts/notes/NOTE-plan-2506050100.md` (Type: note)";
        assertThat(Mentions.extract(entry))
                .containsExactly("TASK-DEV-20250720-110000", "artifacts/notes/NOTE-plan-2506050100.md");
    }

    @Test
    void findsRelativeLinksAndDropsAnchorsAndLines() {
        String entry = "See [the task](../tasks/TASK-A.md#log) and [docs](https://example.org) and `src/a.py:42`.";
        assertThat(Mentions.extract(entry)).containsExactly("src/a.py", "../tasks/TASK-A.md", "TASK-A");
    }

    @Test
    void ignoresCodeThatIsNotAReference() {
        assertThat(Mentions.extract("Ran `mvn verify` and `x = 1`")).isEmpty();
        assertThat(Mentions.extract(null)).isEmpty();
    }
}
