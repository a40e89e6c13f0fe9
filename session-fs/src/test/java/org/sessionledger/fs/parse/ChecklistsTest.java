package org.sessionledger.fs.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.sessionledger.domain.task.Checklist;

class ChecklistsTest {

    @Test
    void countsEveryBoxShapeNestedItemsAndBoxesInProgress() {
        Checklist list = Checklists.count("""
                - [ ] open
                - [x] done
                *   [✅] starred without a dash
                *   - [✅] starred with a dash
                    - [~] nested, in progress
                      1. [X] numbered and nested deeper
                [✔️] bare, with a variation selector
                - [/] in progress too
                - [❌] open as well
                ```
                - [x] inside a fence
                ```
                - [TASK-1] not a box
                - [2025-01-01 10:00] not a box either
                - [link](x.md) no box
                """);
        assertThat(list).isEqualTo(new Checklist(5, 2, 9));
        assertThat(list.percent()).isEqualTo(56);
    }
}
