package org.sessionledger.index.secret;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/** When each finding was first and last seen, kept in PostgreSQL ({@code ledger_secret_sighting}). */
@ApplicationScoped
public class SecretSightings {

    /** A finding where it was seen: file, value fingerprint, kind, line, first and last time seen. */
    public record Sighting(
            String file, String fingerprint, String kind, int line, Instant firstSeen, Instant lastSeen) {}

    private final DataSource data;

    SecretSightings(DataSource data) {
        this.data = data;
    }

    /** Records that {@code current} were seen in a project at {@code now}: new ones from now on, known ones again. */
    public void seen(String project, Collection<Sighting> current, Instant now) throws SQLException {
        if (current.isEmpty()) {
            return;
        }
        try (Connection c = data.getConnection();
                PreparedStatement upsert = c.prepareStatement(
                        "insert into ledger_secret_sighting (file, fingerprint, kind, line, first_seen, last_seen,"
                                + " project) values (?, ?, ?, ?, ?, ?, ?) on conflict (project, file, fingerprint) do"
                                + " update"
                                + " set last_seen = excluded.last_seen, line = excluded.line, kind = excluded.kind")) {
            Timestamp at = Timestamp.from(now);
            for (Sighting s : current) {
                upsert.setString(1, s.file());
                upsert.setString(2, s.fingerprint());
                upsert.setString(3, s.kind());
                upsert.setInt(4, s.line());
                upsert.setTimestamp(5, at);
                upsert.setTimestamp(6, at);
                upsert.setString(7, project);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /** Every finding ever seen in a project, the most recently seen first. */
    public List<Sighting> all(String project, int limit) throws SQLException {
        List<Sighting> all = new ArrayList<>();
        try (Connection c = data.getConnection();
                PreparedStatement select = c.prepareStatement(
                        "select file, fingerprint, kind, line, first_seen, last_seen from ledger_secret_sighting"
                                + " where project = ? order by last_seen desc, file, line limit ?")) {
            select.setString(1, project);
            select.setInt(2, limit);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    all.add(new Sighting(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getTimestamp(5).toInstant(),
                            rs.getTimestamp(6).toInstant()));
                }
            }
        }
        return all;
    }
}
