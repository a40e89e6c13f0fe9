package org.sessionledger.web.db;

import io.quarkus.runtime.Application;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.jboss.logging.Logger;
import org.sessionledger.web.db.ServerAccess.Passwords;

/**
 * The embedded default: a real PostgreSQL started from the binaries on the class path, with its data under the
 * app's data directory. Used only when no external database is configured. Private: password logins over loopback TCP
 * only, the app as a role without superuser rights (see {@link ServerAccess}). Durable: fsync and synchronous commits
 * on. Supervised: a server that dies is started again on the same port; one that a killed app left running is stopped
 * at the next start. On a signal it stops only after the application has: the indexer writes its last batch and the
 * state snapshot while the application stops.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    /** How long the stop waits for the application to stop first. */
    private static final Duration APPLICATION_STOP_WAIT = Duration.ofMinutes(2);
    /** How long a start may take (recovery after a crash replays the WAL). */
    private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);

    private static final Duration SUPERVISION_INTERVAL = Duration.ofMillis(250);
    private static final Duration MAX_RESTART_DELAY = Duration.ofSeconds(10);

    /** How to log in to a server. */
    public record Login(String url, String username, String password) {}

    private final Path directory;
    private final boolean keepData;
    private final Passwords passwords;
    private final int port;
    private final Duration restartDelay;
    private final Object lifecycle = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Thread stopHook;
    private volatile EmbeddedPostgres postgres;
    private volatile long postmasterPid;

    private EmbeddedDatabase(Path directory, boolean keepData, Passwords passwords, EmbeddedPostgres postgres) {
        this.directory = directory;
        this.keepData = keepData;
        this.passwords = passwords;
        this.postgres = postgres;
        this.port = postgres.getPort();
        this.postmasterPid = Postmaster.pid(directory).orElse(-1);
        this.restartDelay = restartDelay();
        this.stopHook = Thread.ofPlatform().name("embedded-postgres-stop").unstarted(this::stopAfterApplication);
        Runtime.getRuntime().addShutdownHook(stopHook);
        Thread.ofPlatform().name("embedded-postgres-supervisor").daemon().start(this::supervise);
    }

    /** Starts PostgreSQL with its data in {@code dataDirectory} (kept between runs unless {@code keepData} is false). */
    public static EmbeddedDatabase start(Path dataDirectory, boolean keepData) throws IOException {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (!keepData) {
            deleteData(directory);
        }
        Files.createDirectories(directory.getParent());
        long started = System.nanoTime();
        Postmaster.clearLeftovers(directory);
        boolean fresh = !Files.exists(directory.resolve("postgresql.conf"));
        Optional<Passwords> kept = fresh ? Optional.empty() : ServerAccess.read(directory);
        Passwords passwords = kept.isPresent() ? kept.get() : ServerAccess.generate(directory);
        if (kept.isEmpty() && !fresh) {
            rekey(directory, passwords);
        }
        EmbeddedPostgres postgres;
        Path initdbPasswords = fresh ? ServerAccess.initdbPasswordFile(directory, passwords) : null;
        try {
            postgres = launch(directory, 0, passwords, false, initdbPasswords);
        } finally {
            if (initdbPasswords != null) {
                Files.deleteIfExists(initdbPasswords);
            }
        }
        try {
            ServerAccess.prepare(postgres.getPort(), passwords);
            ReadRecordOwner.prepare(postgres.getPort(), passwords.superuser());
        } catch (SQLException e) {
            postgres.close();
            throw new IOException("Could not create the embedded PostgreSQL's role and database: " + e.getMessage(), e);
        }
        LOG.infof(
                "Embedded PostgreSQL ready on port %d in %d ms (data in %s)",
                postgres.getPort(), (System.nanoTime() - started) / 1_000_000, directory);
        return new EmbeddedDatabase(directory, keepData, passwords, postgres);
    }

    /** A JDBC URL for the app's database, with batched inserts rewritten into multi-row ones. */
    public String jdbcUrl() {
        return url(port) + "?reWriteBatchedInserts=true";
    }

    public String username() {
        return ServerAccess.ROLE;
    }

    public String password() {
        return passwords.app();
    }

    /** The login of the app's role on the embedded server running on {@code dataDirectory}, if one runs. */
    public static Optional<Login> running(Path dataDirectory) {
        Optional<Integer> port = Postmaster.port(dataDirectory);
        if (port.isEmpty() || !Postmaster.pid(dataDirectory).stream().anyMatch(Postmaster::running)) {
            return Optional.empty();
        }
        try {
            return ServerAccess.read(dataDirectory).map(p -> new Login(url(port.get()), ServerAccess.ROLE, p.app()));
        } catch (IOException e) {
            return Optional.empty();
        }
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

    private static String url(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + ServerAccess.DATABASE;
    }

    /** One start with a {@code pg_hba.conf} that lets the superuser in without a password, to set the passwords. */
    private static void rekey(Path directory, Passwords passwords) throws IOException {
        LOG.infof("No password file beside %s: setting generated passwords", directory);
        EmbeddedPostgres once = launch(directory, 0, passwords, true, null);
        try {
            ServerAccess.rekey(once.getPort(), passwords);
        } catch (SQLException e) {
            throw new IOException("Could not set the embedded PostgreSQL's passwords: " + e.getMessage(), e);
        } finally {
            once.close();
        }
    }

    private static EmbeddedPostgres launch(
            Path directory, int port, Passwords passwords, boolean rekey, Path initdbPasswords) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // its own hook would stop the server at once, concurrently with the application's stop
                .setRegisterShutdownHook(false)
                .setPGStartupWait(STARTUP_WAIT)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setConnectConfig("password", passwords.superuser())
                .setDataDirectoryCustomizer(data -> {
                    try {
                        ServerAccess.writeHba(data.toPath(), rekey);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
        if (port > 0) {
            builder.setPort(port);
        }
        if (initdbPasswords != null) {
            // passed on to initdb: the superuser has its password from the first start on
            builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", initdbPasswords.toString());
        }
        return builder.start();
    }

    /** Watches the server; restarts it when it has died. */
    private void supervise() {
        while (!await(SUPERVISION_INTERVAL)) {
            long pid = postmasterPid;
            if (Postmaster.running(pid)) {
                continue;
            }
            LOG.errorf(
                    "The embedded PostgreSQL (pid %d) has stopped unexpectedly; writes are refused until it is back",
                    pid);
            restart();
        }
    }

    private void restart() {
        Duration delay = restartDelay;
        while (!await(delay)) {
            synchronized (lifecycle) {
                if (closed.get()) {
                    return;
                }
                long started = System.nanoTime();
                try {
                    // the dead server's lock file is still locked by this process: a new file takes its place
                    Files.deleteIfExists(directory.resolve("epg-lock"));
                    Postmaster.clearLeftovers(directory);
                    postgres = launch(directory, port, passwords, false, null);
                    postmasterPid = Postmaster.pid(directory).orElse(-1);
                    LOG.infof(
                            "The embedded PostgreSQL is back on port %d (pid %d) in %d ms",
                            port, postmasterPid, (System.nanoTime() - started) / 1_000_000);
                    return;
                } catch (IOException | RuntimeException e) {
                    LOG.warnf("The embedded PostgreSQL could not be restarted yet: %s", e.getMessage());
                }
            }
            delay = delay.multipliedBy(2).compareTo(MAX_RESTART_DELAY) > 0
                    ? MAX_RESTART_DELAY
                    : delay.multipliedBy(2).plusMillis(100);
        }
    }

    /** Waits; true once the database is being closed. */
    private boolean await(Duration time) {
        try {
            return closing.await(time.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }

    /** {@code sessions.db.restart-delay} (property or {@code SESSIONS_DB_RESTART_DELAY}): e.g. {@code 1s}, {@code 500ms}. */
    private static Duration restartDelay() {
        String value = Optional.ofNullable(System.getProperty("sessions.db.restart-delay"))
                .or(() -> Optional.ofNullable(System.getenv("SESSIONS_DB_RESTART_DELAY")))
                .orElse("1s")
                .strip();
        try {
            if (value.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
            }
            if (value.endsWith("s")) {
                return Duration.ofSeconds(Long.parseLong(value.substring(0, value.length() - 1)));
            }
            return Duration.parse(value);
        } catch (RuntimeException e) {
            LOG.warnf("sessions.db.restart-delay=%s is not a duration such as 1s or 500ms; using 1s", value);
            return Duration.ofSeconds(1);
        }
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
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        closing.countDown();
        synchronized (lifecycle) {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warnf("Could not stop the embedded PostgreSQL: %s", e.getMessage());
            }
            // pg_ctl gives up waiting after 5 s; the shutdown checkpoint may take longer
            Postmaster.awaitExit(postmasterPid, APPLICATION_STOP_WAIT);
            if (!keepData) {
                try {
                    deleteData(directory);
                } catch (IOException e) {
                    LOG.warnf("Could not delete %s: %s", directory, e.getMessage());
                }
            }
        }
    }

    private static void deleteData(Path directory) throws IOException {
        Files.deleteIfExists(ServerAccess.passwordFile(directory));
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
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
