package org.sessionledger.web.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL as the app starts it: private (who may log in, and as what) and durable. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dir;

    @Test
    void onlyTheGeneratedPasswordsLogInAndTheyAreKeptInAnOwnerOnlyFile() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), true)) {
            Path file = dir.resolve("postgres-password");
            assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            List<String> passwords = Files.readAllLines(file).stream()
                    .filter(l -> !l.startsWith("#"))
                    .map(l -> l.substring(l.indexOf('=') + 1))
                    .toList();
            assertThat(passwords).hasSize(2).doesNotHaveDuplicates().allMatch(p -> p.length() >= 32);
            assertThat(passwords).contains(db.password());
            String superuserPassword = passwords.stream()
                    .filter(p -> !p.equals(db.password()))
                    .findFirst()
                    .orElseThrow();

            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                assertThat(c.isValid(2)).isTrue();
            }
            String postgresDb = db.jdbcUrl().replaceFirst("/ledger\\?.*", "/postgres");
            try (Connection c = DriverManager.getConnection(postgresDb, "postgres", superuserPassword)) {
                assertThat(c.isValid(2)).isTrue();
            }
            for (String user : List.of(db.username(), "postgres")) {
                assertRefused(db.jdbcUrl(), user, null);
                assertRefused(db.jdbcUrl(), user, "");
                assertRefused(db.jdbcUrl(), user, "postgres");
                assertRefused(db.jdbcUrl(), user, db.password() + "x");
                assertRefused(postgresDb, user, null);
            }
            // the app's role logs in to its own database only
            assertRefused(postgresDb, db.username(), db.password());
        }
    }

    @Test
    void thereIsNoUnixSocket() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            int port = Integer.parseInt(single(s, "show port"));
            assertThat(Path.of("/tmp/.s.PGSQL." + port)).doesNotExist();
            // the pid file's fifth line names the socket directory: none
            assertThat(Files.readAllLines(dir.resolve("postgres/postmaster.pid"))
                            .get(4))
                    .isBlank();
            try (Connection superuser = DriverManager.getConnection(
                            db.jdbcUrl(), "postgres", superuserPassword(dir.resolve("postgres-password")));
                    Statement su = superuser.createStatement()) {
                assertThat(single(su, "show unix_socket_directories")).isEmpty();
            }
        }
    }

    @Test
    void theAppRoleIsNoSuperuserAndCannotRunPrograms() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            assertThat(single(s, "select rolsuper from pg_roles where rolname = current_user"))
                    .isEqualTo("f");
            assertThat(single(s, "select pg_get_userbyid(datdba) from pg_database where datname = current_database()"))
                    .isEqualTo(db.username());
            s.execute("create table its_own (id int)"); // it owns its database and its schema

            Path marker = dir.resolve("ran");
            assertThatThrownBy(() -> s.execute("copy (select 1) to program 'touch " + marker + "'"))
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
            assertThat(marker).doesNotExist();
        }
    }

    @Test
    void commitsReachTheDisk() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            assertThat(single(s, "show fsync")).isEqualTo("on");
            assertThat(single(s, "show synchronous_commit")).isEqualTo("on");
            assertThat(single(s, "show full_page_writes")).isEqualTo("on");
        }
    }

    @Test
    void aLostPasswordFileIsReplacedByNewPasswordsAndTheDataStays() throws Exception {
        String first;
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            first = db.password();
            c.createStatement().execute("create table kept (v text); insert into kept values ('still here')");
        }
        Files.delete(dir.resolve("postgres-password"));
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir.resolve("postgres"), true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            assertThat(db.password()).isNotEqualTo(first);
            assertThat(single(s, "select v from kept")).isEqualTo("still here");
            assertRefused(db.jdbcUrl(), db.username(), first);
            assertRefused(db.jdbcUrl(), "postgres", null);
        }
    }

    @Test
    void aDataDirectoryOfAnEarlierVersionGetsPasswordsAndKeepsItsAuditTrail() throws Exception {
        Path data = dir.resolve("postgres");
        // what earlier versions started: every local login trusted, the app's tables in the superuser's database
        try (var old = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                        .setDataDirectory(data)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        .start();
                Connection c = old.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create table ledger_audit (id bigserial primary key, actor text not null)");
            s.execute("insert into ledger_audit (actor) values ('before the upgrade')");
        }
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data, true);
                Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            assertThat(single(s, "select actor from ledger_audit")).isEqualTo("before the upgrade");
            s.execute("insert into ledger_audit (actor) values ('after')"); // its table and its sequence now
            assertThat(single(s, "select count(*) from ledger_audit")).isEqualTo("2");
            assertRefused(db.jdbcUrl(), "postgres", null);
            assertRefused(db.jdbcUrl().replaceFirst("/ledger\\?.*", "/postgres"), "postgres", null);
        }
    }

    @Test
    void aStalePidFileDoesNotBlockTheStart() throws Exception {
        Path data = dir.resolve("postgres");
        EmbeddedDatabase.start(data, true).close();
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor();
        Process unrelated = new ProcessBuilder("sleep", "120").start();
        try {
            for (long pid : new long[] {dead.pid(), unrelated.pid()}) {
                // what a killed server leaves, with its pid now gone or reused by another process
                Files.writeString(
                        data.resolve("postmaster.pid"),
                        pid + "\n" + data + "\n1700000000\n5432\n\nlocalhost\n  1234567     12345\nready   \n");
                try (EmbeddedDatabase db = EmbeddedDatabase.start(data, true);
                        Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                    assertThat(c.isValid(2)).isTrue();
                }
            }
            assertThat(unrelated.isAlive())
                    .as("the unrelated process is left alone")
                    .isTrue();
        } finally {
            unrelated.destroyForcibly();
        }
    }

    private static String superuserPassword(Path file) throws java.io.IOException {
        return Files.readAllLines(file).stream()
                .filter(l -> l.startsWith("postgres="))
                .map(l -> l.substring("postgres=".length()))
                .findFirst()
                .orElseThrow();
    }

    private static void assertRefused(String url, String user, String password) {
        Properties login = new Properties();
        login.setProperty("user", user);
        if (password != null) {
            login.setProperty("password", password);
        }
        assertThatThrownBy(() -> DriverManager.getConnection(url, login).close())
                .as("%s with password %s", user, password)
                .isInstanceOf(SQLException.class);
    }

    private static String single(Statement s, String query) throws SQLException {
        try (ResultSet rows = s.executeQuery(query)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
