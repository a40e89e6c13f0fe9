package org.sessionledger.domain.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.TestRecords;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;

class WorkspaceScanTest {

    @Test
    void findsSessionsAndTasksByIdTheFirstOfDuplicatesWinning() {
        Session first = session("S-1", "a");
        Session duplicate = session("S-1", "b");
        Session other = session("S-2", "c");
        Task task = task("TASK-1", "t/one.md");
        Task sameId = task("TASK-1", "t/two.md");
        WorkspaceScan scan =
                new WorkspaceScan(List.of(first, duplicate, other), List.of(task, sameId), List.of(), List.of());

        assertThat(scan.session("S-1")).containsSame(first);
        assertThat(scan.session("S-2")).containsSame(other);
        assertThat(scan.session("S-3")).isEmpty();
        assertThat(scan.task("TASK-1")).containsSame(task);
        assertThat(scan.task("TASK-2")).isEmpty();
        assertThat(scan.session("S-1")).containsSame(first); // asked again: the same answer
    }

    private static Session session(String id, String directory) {
        return TestRecords.session(id, directory);
    }

    private static Task task(String id, String path) {
        return TestRecords.task(id, path);
    }
}
