package org.sessionledger.index.db;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reads the mirror with plain JDBC, each query on its own connection so that the caller may run them side by side: a
 * start-up over an unchanged workspace loads every row, and the ORM's entity handling would cost most of that time.
 */
final class MirrorReads {

    /** Rows handed to {@code consume} one by one. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ResultSet row) throws SQLException;
    }

    /** One row as an object. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final DataSource dataSource;
    private final String project;

    /** Reads the rows of one project. */
    MirrorReads(DataSource dataSource, String project) {
        this.dataSource = dataSource;
        this.project = project;
    }

    /** Runs {@code sql}, whose first parameter is the project and the second, when given, {@code parameter}. */
    void query(String sql, String parameter, RowConsumer consume) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // lets the driver stream rows in fetch-size chunks
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setFetchSize(5000);
                statement.setString(1, project);
                if (parameter != null) {
                    statement.setString(2, parameter);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        consume.accept(rows);
                    }
                }
            } finally {
                connection.rollback();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the mirror: " + e.getMessage(), e);
        }
    }

    /** Every row of the query, mapped. */
    <T> List<T> list(String sql, String parameter, RowMapper<T> mapper) {
        List<T> out = new ArrayList<>();
        query(sql, parameter, r -> out.add(mapper.map(r)));
        return out;
    }

    Map<String, List<MirrorUnit.FileState>> fileStates() {
        Map<String, List<MirrorUnit.FileState>> byUnit = new HashMap<>();
        query(
                "select unit, path, size, modified_ms, content_hash from ledger_file_state where project = ?",
                null,
                r -> byUnit.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                        .add(new MirrorUnit.FileState(r.getString(2), r.getLong(3), r.getLong(4), r.getString(5))));
        return byUnit;
    }

    long generation() {
        return meta("generation");
    }

    boolean linksPending() {
        return meta("links_pending") != 0;
    }

    private long meta(String name) {
        long[] value = {0};
        query("select value from ledger_meta where project = ? and name = ?", name, r -> value[0] = r.getLong(1));
        return value[0];
    }

    List<SessionEntity> sessions() {
        return list(
                "select id, unit, session_id, directory, declared_id, title, status, status_text, start_text,"
                        + " start_at, end_text, end_at, coordinator, related_tasks, related_artifacts, tags,"
                        + " extra_keys, extra_values from ledger_session where project = ?",
                null,
                r -> {
                    SessionEntity s = new SessionEntity();
                    s.id = r.getString(1);
                    s.unit = r.getString(2);
                    s.sessionId = r.getString(3);
                    s.directory = r.getString(4);
                    s.declaredId = r.getString(5);
                    s.title = r.getString(6);
                    s.status = r.getString(7);
                    s.statusText = r.getString(8);
                    s.startText = r.getString(9);
                    s.startAt = instant(r, 10);
                    s.endText = r.getString(11);
                    s.endAt = instant(r, 12);
                    s.coordinator = r.getString(13);
                    s.relatedTasks = strings(r, 14);
                    s.relatedArtifacts = strings(r, 15);
                    s.tags = strings(r, 16);
                    s.extraKeys = strings(r, 17);
                    s.extraValues = strings(r, 18);
                    return s;
                });
    }

    /** Entries of the units whose key starts with {@code unitPrefix}, by unit, in order. */
    Map<String, List<EntryEntity>> entries(String unitPrefix) {
        return byUnit(
                list(
                        "select id, unit, seq, line, at_text, at, actor, kind, text, mentions, text_line from ledger_entry"
                                + " where project = ? and unit like ? order by unit, seq",
                        unitPrefix + "%",
                        r -> {
                            EntryEntity e = new EntryEntity();
                            e.id = r.getString(1);
                            e.unit = r.getString(2);
                            e.seq = r.getInt(3);
                            e.line = r.getInt(4);
                            e.atText = r.getString(5);
                            e.at = instant(r, 6);
                            e.actor = r.getString(7);
                            e.kind = r.getString(8);
                            e.text = r.getString(9);
                            e.mentions = strings(r, 10);
                            int textLine = r.getInt(11);
                            e.textLine = r.wasNull() ? null : textLine;
                            return e;
                        }),
                e -> e.unit);
    }

    Map<String, List<ArtifactEntity>> artifacts() {
        return byUnit(
                list(
                        "select id, unit, path, category, title, size, scaffold from ledger_artifact where project = ?",
                        null,
                        r -> {
                            ArtifactEntity a = new ArtifactEntity();
                            a.id = r.getString(1);
                            a.unit = r.getString(2);
                            a.path = r.getString(3);
                            a.category = r.getString(4);
                            a.title = r.getString(5);
                            a.size = r.getLong(6);
                            a.scaffold = r.getBoolean(7);
                            return a;
                        }),
                a -> a.unit);
    }

    List<TaskEntity> tasks() {
        return list(
                "select id, unit, task_id, path, shape, title, status, status_text, type, priority, assignee,"
                        + " coordinator, parent, depends_on, input_artifacts, output_artifacts, related_docs, tags,"
                        + " session_ref, created_text, created_at, updated_text, updated_at, checklist_done,"
                        + " checklist_total, checklist_partial from ledger_task where project = ?",
                null,
                r -> {
                    TaskEntity t = new TaskEntity();
                    t.id = r.getString(1);
                    t.unit = r.getString(2);
                    t.taskId = r.getString(3);
                    t.path = r.getString(4);
                    t.shape = r.getString(5);
                    t.title = r.getString(6);
                    t.status = r.getString(7);
                    t.statusText = r.getString(8);
                    t.type = r.getString(9);
                    t.priority = r.getString(10);
                    t.assignee = r.getString(11);
                    t.coordinator = r.getString(12);
                    t.parent = r.getString(13);
                    t.dependsOn = strings(r, 14);
                    t.inputArtifacts = strings(r, 15);
                    t.outputArtifacts = strings(r, 16);
                    t.relatedDocs = strings(r, 17);
                    t.tags = strings(r, 18);
                    t.sessionRef = r.getString(19);
                    t.createdText = r.getString(20);
                    t.createdAt = instant(r, 21);
                    t.updatedText = r.getString(22);
                    t.updatedAt = instant(r, 23);
                    t.checklistDone = r.getInt(24);
                    t.checklistTotal = r.getInt(25);
                    int partial = r.getInt(26);
                    t.checklistPartial = r.wasNull() ? null : partial;
                    return t;
                });
    }

    List<DiagnosticEntity> diagnostics() {
        return list(
                "select id, unit, file, line, severity, kind, message from ledger_diagnostic where project = ?",
                null,
                r -> {
                    DiagnosticEntity d = new DiagnosticEntity();
                    d.id = r.getString(1);
                    d.unit = r.getString(2);
                    d.file = r.getString(3);
                    d.line = r.getInt(4);
                    d.severity = r.getString(5);
                    d.kind = r.getString(6);
                    d.message = r.getString(7);
                    return d;
                });
    }

    List<LinkEntity> links() {
        return list(
                "select id, type, from_kind, from_key, to_kind, to_key, resolved from ledger_link where project = ?",
                null,
                r -> {
                    LinkEntity l = new LinkEntity();
                    l.id = r.getString(1);
                    l.type = r.getString(2);
                    l.fromKind = r.getString(3);
                    l.fromKey = r.getString(4);
                    l.toKind = r.getString(5);
                    l.toKey = r.getString(6);
                    l.resolved = r.getBoolean(7);
                    return l;
                });
    }

    /** Rows grouped by their unit, each group in query order. */
    private static <T> Map<String, List<T>> byUnit(List<T> rows, java.util.function.Function<T, String> unit) {
        Map<String, List<T>> grouped = new HashMap<>();
        rows.forEach(row ->
                grouped.computeIfAbsent(unit.apply(row), k -> new ArrayList<>()).add(row));
        return grouped;
    }

    private static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime time = r.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static String[] strings(ResultSet r, int column) throws SQLException {
        Array array = r.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
