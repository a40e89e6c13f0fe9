package org.sessionledger.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.sessionledger.web.cli.SessionCli;
import org.sessionledger.web.db.EmbeddedDatabase;

/**
 * Starts Session Ledger. Without {@code quarkus.datasource.jdbc.url} (property or {@code QUARKUS_DATASOURCE_JDBC_URL})
 * an embedded PostgreSQL is started under the data directory and stopped on exit. {@code --rebuild} drops and rebuilds
 * both mirrors from the files. {@code session ...} runs the command line instead of the server.
 */
@QuarkusMain
public final class Main {

    public static void main(String... args) throws Exception {
        if (args.length > 0 && args[0].equals("session")) {
            System.exit(new SessionCli(System.out, System.err, dataDirectory())
                    .run(Arrays.asList(args).subList(1, args.length)));
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
            Quarkus.run(args);
        }
    }

    private static Path dataDirectory() {
        Optional<String> configured = Optional.ofNullable(System.getProperty("sessions.app.data-dir"))
                .or(() -> Optional.ofNullable(System.getenv("SESSIONS_APP_DATA_DIR")));
        return configured.map(Path::of).orElse(Path.of(System.getProperty("user.home"), ".session-ledger"));
    }
}
