package org.sessionledger.web.inbox;

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
import java.util.Optional;
import org.sessionledger.domain.error.UnavailableException;

/** The in-app notifications in PostgreSQL. */
@ApplicationScoped
public class Notifications {

    private final AgroalDataSource db;

    Notifications(AgroalDataSource db) {
        this.db = db;
    }

    public void add(String user, String project, String sessionId, String from, String text) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("insert into ledger_notification"
                        + " (user_name, at, project, session_id, from_user, text) values (?, ?, ?, ?, ?, ?)")) {
            s.setString(1, user);
            s.setTimestamp(2, Timestamp.from(Instant.now()));
            s.setString(3, project);
            s.setString(4, sessionId);
            s.setString(5, from);
            s.setString(6, text == null ? "" : text);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new UnavailableException("The notifications cannot be stored (" + e.getSQLState() + ").");
        }
    }

    /** A user's notifications, newest first (at most 200). */
    public List<Notification> of(String user) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select id, user_name, at, project, session_id, from_user, text, read_at from ledger_notification"
                                + " where user_name = ? order by at desc, id desc limit 200")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                List<Notification> list = new ArrayList<>();
                while (r.next()) {
                    Timestamp read = r.getTimestamp(8);
                    list.add(new Notification(
                            r.getLong(1),
                            r.getString(2),
                            r.getTimestamp(3).toInstant(),
                            r.getString(4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7),
                            Optional.ofNullable(read).map(Timestamp::toInstant)));
                }
                return list;
            }
        } catch (SQLException e) {
            throw new UnavailableException("The notifications cannot be read (" + e.getSQLState() + ").");
        }
    }

    public long unread(String user) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from ledger_notification where user_name = ? and read_at is null")) {
            s.setString(1, user);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getLong(1) : 0;
            }
        } catch (SQLException e) {
            return 0;
        }
    }

    public void markRead(String user) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update ledger_notification set read_at = ? where user_name = ? and read_at is null")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setString(2, user);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new UnavailableException("The notifications cannot be changed (" + e.getSQLState() + ").");
        }
    }
}
