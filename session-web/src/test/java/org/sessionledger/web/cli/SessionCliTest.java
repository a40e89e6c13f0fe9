package org.sessionledger.web.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;
import org.sessionledger.web.db.EmbeddedDatabase;

/** The command line on a real workspace on disk. */
class SessionCliTest {

    @TempDir
    Path workspace;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Path dataDir;

    private int run(String... args) {
        out.reset();
        err.reset();
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", workspace.toString(), "--as", "cli-user"));
        return new SessionCli(
                        new PrintStream(out, true, StandardCharsets.UTF_8),
                        new PrintStream(err, true, StandardCharsets.UTF_8),
                        dataDir == null ? workspace.resolve(".no-data") : dataDir)
                .run(all);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aWholeLifecycleFromTheCommandLine() throws IOException {
        assertThat(run("start", "Write the docs", "--coordinator", "roo-commander"))
                .isZero();
        String id = out().split(" ")[0];
        assertThat(id).startsWith("SESSION-Write_the_docs-");
        assertThat(run("log", id, "outlined the chapters")).isZero();
        assertThat(run("pause", id, "--reason", "coffee")).isZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("note: no database configured or running");
        assertThat(run("pause", id)).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cannot pause a session that is Paused");
        assertThat(run("resume", id)).isZero();
        assertThat(run("handoff", id, "--to", "lee", "--note", "finish chapter 3"))
                .isZero();
        assertThat(run("complete", id)).isZero();
        assertThat(run("list")).isZero();
        assertThat(out()).contains("Completed").contains(id).contains("Write the docs");
        String log = Files.readString(
                workspace.resolve(".roo/commander/sessions").resolve(id).resolve("session_log.md"));
        assertThat(log)
                .contains("`cli-user`: outlined the chapters")
                .contains("by `cli-user`: coffee")
                .contains("owner = \"lee\"")
                .contains("status = \"🏁 Completed\"");
        assertThat(run("doctor")).isZero();
        assertThat(out()).contains("1 sessions, 0 tasks: 0 errors, 0 warnings");
    }

    @Test
    void writesAreAuditedInTheConfiguredDatabase() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(workspace.resolve(".pg"), false)) {
            String sql;
            try (var in = getClass().getResourceAsStream("/db/migration/V2__create_audit_table.sql")) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                c.createStatement().execute(sql);
            }
            System.setProperty("quarkus.datasource.jdbc.url", db.jdbcUrl());
            System.setProperty("quarkus.datasource.username", db.username());
            System.setProperty("quarkus.datasource.password", db.password());
            try {
                assertThat(run("start", "Audited from the CLI")).isZero();
                String id = out().split(" ")[0];
                assertThat(run("pause", id, "--reason", "lunch")).isZero();
                assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("note:");
            } finally {
                System.clearProperty("quarkus.datasource.jdbc.url");
                System.clearProperty("quarkus.datasource.username");
                System.clearProperty("quarkus.datasource.password");
            }
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    ResultSet rows = c.createStatement()
                            .executeQuery(
                                    "select actor, action, detail, before_hash, after_hash from ledger_audit order by id")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("actor")).isEqualTo("cli-user");
                assertThat(rows.getString("action")).isEqualTo("start");
                assertThat(rows.getString("before_hash")).isEmpty();
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("action")).isEqualTo("pause");
                assertThat(rows.getString("detail")).isEqualTo("lunch");
                assertThat(rows.getString("before_hash")).hasSize(64).isNotEqualTo(rows.getString("after_hash"));
            }
        }
    }

    @Test
    void writesAreAuditedInTheEmbeddedDatabaseOfARunningApp(@TempDir Path data) throws Exception {
        // the app's embedded server in <data-dir>/postgres, its passwords in <data-dir>/postgres-password
        try (EmbeddedDatabase db = EmbeddedDatabase.start(data.resolve("postgres"), false)) {
            String sql;
            try (var in = getClass().getResourceAsStream("/db/migration/V2__create_audit_table.sql")) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
                c.createStatement().execute(sql);
            }
            dataDir = data;
            assertThat(run("start", "Audited in the app's database")).isZero();
            assertThat(err.toString(StandardCharsets.UTF_8)).doesNotContain("note:");
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                    ResultSet rows = c.createStatement().executeQuery("select actor, action from ledger_audit")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString("actor")).isEqualTo("cli-user");
                assertThat(rows.getString("action")).isEqualTo("start");
            }
        }
    }

    @Test
    void doctorReportsProblemsAndUsageIsExplained() throws IOException {
        ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
        assertThat(run("doctor")).isEqualTo(1);
        assertThat(out()).contains("malformed_toml").contains("id_mismatch").contains("7 sessions, 5 tasks");
        assertThat(run("log", "SESSION-Nope", "x")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("No session named 'SESSION-Nope'");
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unmatched argument at index 0: 'frobnicate'")
                .contains("Usage: session");
    }

    @Test
    void unknownOptionsAreErrorsAndEveryCommandHasHelp() {
        assertThat(run("list", "--colour", "red")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown option")
                .contains("--colour");
        for (String command :
                List.of("start", "log", "pause", "resume", "complete", "error", "handoff", "list", "doctor")) {
            assertThat(run(command, "--help")).as(command).isZero();
            assertThat(out()).as(command).contains("Usage: session " + command).contains("--help");
        }
        assertThat(run("handoff", "SOME-ID")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Missing required option: '--to=<to>'");
    }
}
