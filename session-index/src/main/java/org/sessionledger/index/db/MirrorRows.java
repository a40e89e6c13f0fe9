package org.sessionledger.index.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The rows of a mirror write, gathered per table and sent with COPY in one go. */
final class MirrorRows {

    private final String project;

    private final CopyIn sessions = new CopyIn(
            "ledger_session",
            "project",
            "id",
            "unit",
            "session_id",
            "directory",
            "declared_id",
            "title",
            "status",
            "status_text",
            "start_text",
            "start_at",
            "end_text",
            "end_at",
            "coordinator",
            "related_tasks",
            "related_artifacts",
            "tags",
            "extra_keys",
            "extra_values");
    private final CopyIn entries = new CopyIn(
            "ledger_entry",
            "project",
            "id",
            "unit",
            "seq",
            "line",
            "at_text",
            "at",
            "actor",
            "kind",
            "text",
            "mentions",
            "text_line");
    private final CopyIn artifacts =
            new CopyIn("ledger_artifact", "project", "id", "unit", "path", "category", "title", "size", "scaffold");
    private final CopyIn tasks = new CopyIn(
            "ledger_task",
            "project",
            "id",
            "unit",
            "task_id",
            "path",
            "shape",
            "title",
            "status",
            "status_text",
            "type",
            "priority",
            "assignee",
            "coordinator",
            "parent",
            "depends_on",
            "input_artifacts",
            "output_artifacts",
            "related_docs",
            "tags",
            "session_ref",
            "created_text",
            "created_at",
            "updated_text",
            "updated_at",
            "checklist_done",
            "checklist_total",
            "checklist_partial");
    private final CopyIn diagnostics =
            new CopyIn("ledger_diagnostic", "project", "id", "unit", "file", "line", "severity", "kind", "message");
    private final CopyIn files =
            new CopyIn("ledger_file_state", "project", "path", "unit", "size", "modified_ms", "content_hash");
    private final CopyIn links = new CopyIn(
            "ledger_link", "project", "id", "type", "from_kind", "from_key", "to_kind", "to_key", "resolved");

    MirrorRows(String project) {
        this.project = project;
    }

    void session(SessionEntity s) {
        sessions.row(
                project,
                s.id,
                s.unit,
                s.sessionId,
                s.directory,
                s.declaredId,
                s.title,
                s.status,
                s.statusText,
                s.startText,
                s.startAt,
                s.endText,
                s.endAt,
                s.coordinator,
                s.relatedTasks,
                s.relatedArtifacts,
                s.tags,
                s.extraKeys,
                s.extraValues);
    }

    void entries(List<EntryEntity> rows) {
        for (EntryEntity e : rows) {
            entries.row(
                    project,
                    e.id,
                    e.unit,
                    e.seq,
                    e.line,
                    e.atText,
                    e.at,
                    e.actor,
                    e.kind,
                    e.text,
                    e.mentions,
                    e.textLine);
        }
    }

    void artifacts(List<ArtifactEntity> rows) {
        for (ArtifactEntity a : rows) {
            artifacts.row(project, a.id, a.unit, a.path, a.category, a.title, a.size, a.scaffold);
        }
    }

    void task(TaskEntity t) {
        tasks.row(
                project,
                t.id,
                t.unit,
                t.taskId,
                t.path,
                t.shape,
                t.title,
                t.status,
                t.statusText,
                t.type,
                t.priority,
                t.assignee,
                t.coordinator,
                t.parent,
                t.dependsOn,
                t.inputArtifacts,
                t.outputArtifacts,
                t.relatedDocs,
                t.tags,
                t.sessionRef,
                t.createdText,
                t.createdAt,
                t.updatedText,
                t.updatedAt,
                t.checklistDone,
                t.checklistTotal,
                t.checklistPartial);
    }

    void diagnostics(List<DiagnosticEntity> rows) {
        for (DiagnosticEntity d : rows) {
            diagnostics.row(project, d.id, d.unit, d.file, d.line, d.severity, d.kind, d.message);
        }
    }

    void file(String unit, MirrorUnit.FileState f) {
        files.row(project, f.path(), unit, f.size(), f.modifiedMillis(), f.hash());
    }

    void links(List<LinkEntity> rows) {
        for (LinkEntity l : rows) {
            links.row(project, l.id, l.type, l.fromKind, l.fromKey, l.toKind, l.toKey, l.resolved);
        }
    }

    /** Sends every table's rows over the transaction's connection. */
    void send(Connection connection) throws SQLException {
        for (CopyIn table : List.of(sessions, tasks, entries, artifacts, diagnostics, files, links)) {
            table.send(connection);
        }
    }
}
