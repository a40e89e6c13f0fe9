package org.sessionledger.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.sessionledger.web.cli.SessionCli;
import org.sessionledger.web.db.DataDirectoryLock;
import org.sessionledger.web.db.EmbeddedDatabase;

/**
 * Starts Session Ledger. Without {@code quarkus.datasource.jdbc.url} (property or {@code QUARKUS_DATASOURCE_JDBC_URL})
 * an embedded PostgreSQL is started under the data directory and stopped on exit. {@code --rebuild} drops and rebuilds
 * both mirrors from the files; {@code --data-dir DIR} sets {@code sessions.app.data-dir}. One app at a time may use a
 * data directory. {@code session ...} runs the command line instead of the server.
 */
@QuarkusMain
public final class Main {

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("session")) {
            System.exit(new SessionCli(System.out, System.err, dataDirectory())
                    .run(Arrays.asList(args).subList(1, args.length)));
        }
        dataDirectoryOption(Arrays.asList(args)).ifPresent(dir -> System.setProperty("sessions.app.data-dir", dir));
        try {
            DataDirectoryLock.acquire(dataDirectory());
        } catch (DataDirectoryLock.HeldException e) {
            refuse(System.err, e.getMessage());
            return;
        }
        if (System.getProperty("quarkus.http.auth.session.encryption-key") == null
                && System.getenv("QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY") == null) {
            // a fresh key per start (logins end with the process) that, unlike Quarkus' own fallback, is never logged
            byte[] key = new byte[32];
            new java.security.SecureRandom().nextBytes(key);
            System.setProperty(
                    "quarkus.http.auth.session.encryption-key",
                    java.util.Base64.getEncoder().encodeToString(key));
        }
        // malformed URIs are answered by HttpFailures (a problem document) instead of Quarkus' empty 400
        System.setProperty(org.sessionledger.web.error.HttpFailures.URI_CHECK, "true");
        if (Arrays.asList(args).contains("--rebuild")) {
            System.setProperty("sessions.index.rebuild-on-startup", "true");
        }
        if (EmbeddedDatabase.configuredUrl().isPresent()) {
            Quarkus.run(args);
            return;
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory().resolve("postgres"), true)) {
            System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
            System.setProperty("quarkus.datasource.username", db.username());
            System.setProperty("quarkus.datasource.password", db.password());
            Quarkus.run(args);
        }
    }

    /** One line, no stack trace, exit status 1. */
    private static void refuse(PrintStream err, String message) {
        err.println(message);
        err.flush();
        System.exit(1);
    }

    /** {@code --data-dir DIR} or {@code --data-dir=DIR}. */
    private static Optional<String> dataDirectoryOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                return Optional.of(args.get(i + 1));
            }
            if (args.get(i).startsWith("--data-dir=")) {
                return Optional.of(args.get(i).substring("--data-dir=".length()));
            }
        }
        return Optional.empty();
    }

    private static Path dataDirectory() {
        Optional<String> configured = Optional.ofNullable(System.getProperty("sessions.app.data-dir"))
                .or(() -> Optional.ofNullable(System.getenv("SESSIONS_APP_DATA_DIR")));
        return configured.map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".session-ledger"));
    }
}
