package org.sessionledger.web.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * The embedded default: a real PostgreSQL started from the binaries on the class path, with its data under the
 * app's data directory. Used only when no external database is configured.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL with its data in {@code dataDirectory} (kept between runs). */
    public static EmbeddedDatabase start(Path dataDirectory, boolean keepData) throws IOException {
        Files.createDirectories(dataDirectory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .start();
        LOG.infof(
                "Embedded PostgreSQL ready on port %d in %d ms (data in %s)",
                postgres.getPort(), (System.nanoTime() - started) / 1_000_000, dataDirectory);
        return new EmbeddedDatabase(postgres);
    }

    /** A JDBC URL for the default database, with batched inserts rewritten into multi-row ones. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
    }

    public String username() {
        return "postgres";
    }

    /** An externally configured JDBC URL, from system properties or the environment. */
    public static Optional<String> configuredUrl() {
        String property = System.getProperty("quarkus.datasource.jdbc.url");
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        return env == null || env.isBlank() ? Optional.empty() : Optional.of(env);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
