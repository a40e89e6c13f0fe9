package org.sessionledger.domain.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionId;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.domain.task.Checklist;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.task.TaskShape;

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
        return new Session(
                new SessionId(id),
                directory,
                Optional.empty(),
                "Session " + id,
                Optional.of(SessionStatus.ACTIVE),
                "Active",
                WrittenTime.absent(),
                WrittenTime.absent(),
                "",
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                List.of());
    }

    private static Task task(String id, String path) {
        return new Task(
                id,
                path,
                TaskShape.TOML,
                "Task " + id,
                Optional.empty(),
                "",
                "",
                "",
                "",
                "",
                Optional.empty(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Optional.empty(),
                WrittenTime.absent(),
                WrittenTime.absent(),
                Checklist.EMPTY,
                List.of());
    }
}
