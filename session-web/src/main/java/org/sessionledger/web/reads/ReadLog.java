package org.sessionledger.web.reads;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.sessionledger.domain.error.UnavailableException;

/** Queries of the read record: who viewed session X, what user Y read last week. */
@ApplicationScoped
public class ReadLog {

    /** A filter; empty strings match everything. {@code target} matches by prefix (a session's files too). */
    public record Filter(Instant from, Instant to, String user, String target, String project, String outcome) {}

    private final AgroalDataSource db;
    private final ReadRecorder recorder;

    ReadLog(AgroalDataSource db, ReadRecorder recorder) {
        this.db = db;
        this.recorder = recorder;
    }

    /** The matching rows, oldest first, at most {@code limit}. */
    public List<ReadEvent> find(Filter f, int limit) {
        recorder.flush();
        if (java.util.stream.Stream.of(f.user(), f.target(), f.project(), f.outcome())
                .anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
            return List.of(); // PostgreSQL text holds no NUL: nothing can match
        }
        StringBuilder sql = new StringBuilder(
                "select id, at, actor, project, kind, target, detail, address, outcome from ledger_records.reads"
                        + " where at >= ? and at < ?");
        List<Object> params = new ArrayList<>(List.of(Timestamp.from(f.from()), Timestamp.from(f.to())));
        add(sql, params, " and actor = ?", f.user());
        add(sql, params, " and project = ?", f.project());
        add(sql, params, " and outcome = ?", f.outcome());
        if (f.target() != null && !f.target().isBlank()) {
            sql.append(" and (target = ? or target like ? escape '\\' or detail like ? escape '\\')");
            String like = "%"
                    + f.target()
                            .strip()
                            .replace("\\", "\\\\")
                            .replace("%", "\\%")
                            .replace("_", "\\_") + "%";
            params.add(f.target().strip());
            params.add(like);
            params.add(like);
        }
        sql.append(" order by at, id limit ").append(Math.max(1, limit));
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                List<ReadEvent> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(new ReadEvent(
                            r.getLong(1),
                            r.getTimestamp(2).toInstant(),
                            r.getString(3),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            r.getString(8),
                            r.getString(9)));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new UnavailableException("The read record cannot be read (" + e.getSQLState() + ").");
        }
    }

    private static void add(StringBuilder sql, List<Object> params, String clause, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(clause);
            params.add(value.strip());
        }
    }
}
