package org.sessionledger.index.db;

import java.util.List;
import java.util.Optional;
import org.sessionledger.domain.session.WrittenTime;
import org.sessionledger.domain.task.Checklist;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.task.TaskShape;
import org.sessionledger.domain.task.TaskStatus;

/** Maps tasks to rows and back; their log entries go through {@link SessionEntityMapper#entries}. */
final class TaskEntityMapper {

    private TaskEntityMapper() {}

    static TaskEntity toEntity(String unit, Task t) {
        TaskEntity e = new TaskEntity();
        e.id = DeterministicIds.of(unit);
        e.unit = unit;
        e.taskId = t.id();
        e.path = t.path();
        e.shape = t.shape().name();
        e.title = t.title();
        e.status = t.status().map(Enum::name).orElse("UNKNOWN");
        e.statusText = t.statusText();
        e.type = t.type();
        e.priority = t.priority();
        e.assignee = t.assignee();
        e.coordinator = t.coordinator();
        e.parent = t.parent().orElse(null);
        e.dependsOn = t.dependsOn().toArray(String[]::new);
        e.inputArtifacts = t.inputArtifacts().toArray(String[]::new);
        e.outputArtifacts = t.outputArtifacts().toArray(String[]::new);
        e.relatedDocs = t.relatedDocs().toArray(String[]::new);
        e.tags = t.tags().toArray(String[]::new);
        e.sessionRef = t.sessionId().orElse(null);
        e.createdText = t.created().text();
        e.createdAt = t.created().instant().orElse(null);
        e.updatedText = t.updated().text();
        e.updatedAt = t.updated().instant().orElse(null);
        e.checklistDone = t.checklist().done();
        e.checklistTotal = t.checklist().total();
        e.checklistPartial = t.checklist().partial();
        return e;
    }

    static Task toTask(TaskEntity e, List<EntryEntity> entries) {
        return new Task(
                e.taskId,
                e.path,
                TaskShape.valueOf(e.shape),
                e.title,
                e.status.equals("UNKNOWN") ? Optional.empty() : Optional.of(TaskStatus.valueOf(e.status)),
                e.statusText,
                e.type,
                e.priority,
                e.assignee,
                e.coordinator,
                Optional.ofNullable(e.parent),
                List.of(e.dependsOn),
                List.of(e.inputArtifacts),
                List.of(e.outputArtifacts),
                List.of(e.relatedDocs),
                List.of(e.tags),
                Optional.ofNullable(e.sessionRef),
                new WrittenTime(e.createdText, Optional.ofNullable(e.createdAt)),
                new WrittenTime(e.updatedText, Optional.ofNullable(e.updatedAt)),
                new Checklist(e.checklistDone, e.checklistPartial == null ? 0 : e.checklistPartial, e.checklistTotal),
                entries.stream().map(SessionEntityMapper::toEntry).toList());
    }
}
