package org.sessionledger.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.session.SessionId;
import org.sessionledger.domain.session.SessionStatus;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.domain.task.Checklist;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.task.TaskShape;

/** Minimal sessions and tasks for tests that only care about ids, folders and paths. */
public final class TestRecords {

    private TestRecords() {}

    /** An active session with no entries, artifacts or references. */
    public static Session session(String id, String directory) {
        return new Session(
                new SessionId(id),
                directory,
                Optional.empty(),
                "Session " + id,
                Optional.of(SessionStatus.ACTIVE),
                "🟢 Active",
                WrittenTime.absent(),
                WrittenTime.absent(),
                "c",
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                List.of());
    }

    /** A task with no links, status or dates. */
    public static Task task(String id, String path) {
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
