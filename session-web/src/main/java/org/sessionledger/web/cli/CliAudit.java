package org.sessionledger.web.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.sessionledger.fs.write.WriteResult;
import org.sessionledger.web.db.EmbeddedDatabase;

/**
 * Records the command line's writes in the audit table: in the configured external database, or in the embedded one
 * of a running app (found through its {@code postmaster.pid}, logged in with the app role's password from the file
 * beside it). Without a reachable database the write stands and
 * the session log, which names the actor, is the record.
 */
final class CliAudit {

    private final Path dataDir;

    CliAudit(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Inserts the audit row; returns why it could not when it could not. */
    Optional<String> record(WriteResult result, Path root, String actor, String action, String detail) {
        Optional<String[]> target = target();
        if (target.isEmpty()) {
            return Optional.of("no database configured or running; the session log records this write");
        }
        DriverManager.setLoginTimeout(3);
        try (Connection c = DriverManager.getConnection(target.get()[0], target.get()[1], target.get()[2]);
                PreparedStatement insert = c.prepareStatement(
                        "insert into ledger_audit"
                                + " (at, actor, action, session_id, file, before_hash, after_hash, detail) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(Instant.now()));
            insert.setString(2, actor);
            insert.setString(3, action);
            insert.setString(4, result.sessionId());
            insert.setString(
                    5,
                    root.toAbsolutePath()
                            .normalize()
                            .relativize(result.log().toAbsolutePath().normalize())
                            .toString());
            insert.setString(6, result.beforeHash());
            insert.setString(7, result.afterHash());
            insert.setString(8, detail == null ? "" : detail);
            insert.executeUpdate();
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(
                    "the audit row was not recorded (" + e.getMessage() + "); the session log records this write");
        }
    }

    /** URL, user and password of the database to write to. */
    private Optional<String[]> target() {
        String url = setting("quarkus.datasource.jdbc.url", "QUARKUS_DATASOURCE_JDBC_URL");
        if (!url.isBlank()) {
            return Optional.of(new String[] {
                url,
                setting("quarkus.datasource.username", "QUARKUS_DATASOURCE_USERNAME"),
                setting("quarkus.datasource.password", "QUARKUS_DATASOURCE_PASSWORD")
            });
        }
        return EmbeddedDatabase.running(dataDir.resolve("postgres"))
                .map(login -> new String[] {login.url(), login.username(), login.password()});
    }

    private static String setting(String property, String env) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(env);
        }
        return value == null ? "" : value;
    }
}
