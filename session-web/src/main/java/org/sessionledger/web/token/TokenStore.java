package org.sessionledger.web.token;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.sessionledger.domain.error.UnavailableException;

/**
 * Personal access tokens in PostgreSQL: a token's value is {@value #PREFIX} and 43 random characters, shown once; only
 * its SHA-256 is kept. Its last use is recorded at most once a minute per token, after the request (never in its way).
 */
@ApplicationScoped
public class TokenStore {

    public static final String PREFIX = "sl_";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long LAST_USE_EVERY_NANOS = 60_000_000_000L;
    private static final String COLUMNS =
            "id, user_name, name, scope, projects, created_at, expires_at, last_used_at, revoked_at";

    /** A token just created: its value, shown this once, and what it is. */
    public record Created(String value, AccessToken token) {}

    private final AgroalDataSource db;
    private final Map<Long, Long> lastRecorded = new ConcurrentHashMap<>();

    TokenStore(AgroalDataSource db) {
        this.db = db;
    }

    public Created create(String user, String name, String scope, List<String> projects, Optional<Instant> expires) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = Instant.now();
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into ledger_token (user_name, name, hash, scope, projects, created_at, expires_at)"
                                + " values (?, ?, ?, ?, ?, ?, ?) returning id")) {
            s.setString(1, user);
            s.setString(2, name);
            s.setString(3, hash(value));
            s.setString(4, scope);
            s.setString(5, String.join(",", projects));
            s.setTimestamp(6, Timestamp.from(now));
            s.setTimestamp(7, expires.map(Timestamp::from).orElse(null));
            try (ResultSet r = s.executeQuery()) {
                r.next();
                long id = r.getLong(1);
                return new Created(
                        value,
                        new AccessToken(
                                id, user, name, scope, projects, now, expires, Optional.empty(), Optional.empty()));
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** The token a presented value names, if any (revoked and expired ones too: the caller decides). */
    public Optional<AccessToken> byValue(String value) {
        if (value == null || !value.startsWith(PREFIX) || value.length() != PREFIX.length() + 43) {
            return Optional.empty();
        }
        return query("select " + COLUMNS + " from ledger_token where hash = ?", hash(value)).stream()
                .findFirst();
    }

    /** A user's tokens, newest first, revoked ones included. */
    public List<AccessToken> of(String user) {
        return query("select " + COLUMNS + " from ledger_token where user_name = ? order by id desc", user);
    }

    /** Revokes a token of this user; false when the user has no such token. */
    public boolean revoke(String user, long id) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("update ledger_token set revoked_at = coalesce(revoked_at, ?)"
                        + " where id = ? and user_name = ?")) {
            s.setTimestamp(1, Timestamp.from(Instant.now()));
            s.setLong(2, id);
            s.setString(3, user);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    /** Notes that a token was used now (written in the background, at most once a minute per token). */
    public void used(AccessToken token) {
        long now = System.nanoTime();
        Long last = lastRecorded.get(token.id());
        if (last != null && now - last < LAST_USE_EVERY_NANOS) {
            return;
        }
        lastRecorded.put(token.id(), now);
        Instant at = Instant.now();
        Thread.ofVirtual().name("token-last-use").start(() -> {
            try (Connection c = db.getConnection();
                    PreparedStatement s = c.prepareStatement("update ledger_token set last_used_at = ? where id = ?")) {
                s.setTimestamp(1, Timestamp.from(at));
                s.setLong(2, token.id());
                s.executeUpdate();
            } catch (SQLException | RuntimeException e) {
                Log.debugf("Could not record a token's last use: %s", e.getMessage());
            }
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        lastRecorded.clear();
    }

    private List<AccessToken> query(String sql, Object param) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, param);
            try (ResultSet r = s.executeQuery()) {
                List<AccessToken> tokens = new ArrayList<>();
                while (r.next()) {
                    String projects = r.getString(5);
                    tokens.add(new AccessToken(
                            r.getLong(1),
                            r.getString(2),
                            r.getString(3),
                            r.getString(4),
                            projects.isBlank() ? List.of() : Arrays.asList(projects.split(",")),
                            r.getTimestamp(6).toInstant(),
                            instant(r, 7),
                            instant(r, 8),
                            instant(r, 9)));
                }
                return tokens;
            }
        } catch (SQLException e) {
            throw unavailable(e);
        }
    }

    private static Optional<Instant> instant(ResultSet r, int column) throws SQLException {
        Timestamp t = r.getTimestamp(column);
        return t == null ? Optional.empty() : Optional.of(t.toInstant());
    }

    static String hash(String value) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static UnavailableException unavailable(SQLException e) {
        return new UnavailableException("The token database cannot be reached (" + e.getSQLState() + ").");
    }
}
