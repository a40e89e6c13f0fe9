package org.sessionledger.web.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;

/** The packaged app and its embedded PostgreSQL as processes of their own, as a service manager runs and kills them. */
class EmbeddedDatabaseIT {

    @TempDir
    Path dir;

    private Path workspace;
    private Path data;

    @BeforeEach
    void workspace() throws Exception {
        workspace = Files.createDirectories(dir.resolve("workspace"));
        ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
        data = dir.resolve("data");
    }

    @Test
    void theServerOfAKilledAppIsStoppedByTheNextStartWhichBecomesReady() throws Exception {
        AppProcess first =
                AppProcess.start(workspace, data, dir.resolve("first.log")).awaitReady();
        long orphan = Postmaster.pid(data.resolve("postgres")).orElseThrow();
        first.kill();
        assertThat(Postmaster.running(orphan))
                .as("the killed app's PostgreSQL runs on")
                .isTrue();

        AppProcess second = AppProcess.start(workspace, data, dir.resolve("second.log"));
        second.awaitReady();
        assertThat(Postmaster.running(orphan)).isFalse();
        assertThat(second.output())
                .contains("Stopping the embedded PostgreSQL (pid " + orphan + ") that a previous run left running");
        assertThat(second.get("/q/health/ready", null).statusCode()).isEqualTo(200);
        second.stop();
    }

    @Test
    void aSecondAppOnTheSameDataDirectoryExitsWithOneLine() throws Exception {
        AppProcess first =
                AppProcess.start(workspace, data, dir.resolve("first.log")).awaitReady();
        AppProcess second = AppProcess.start(workspace, data, dir.resolve("second.log"));
        assertThat(second.awaitExit(Duration.ofSeconds(60))).isEqualTo(1);
        assertThat(second.output().strip().lines())
                .singleElement()
                .asString()
                .startsWith("Another Session Ledger instance is using "
                        + data.toAbsolutePath().normalize() + " (pid "
                        + first.process().pid() + "); stop it or choose another with"
                        + " --data-dir/-Dsessions.app.data-dir=");
        assertThat(first.get("/q/health/ready", null).statusCode())
                .as("the first goes on")
                .isEqualTo(200);
        first.stop();
    }

    @Test
    void whileTheDatabaseIsDownWritesAreRefusedBeforeTheFilesChangeAndItIsRestarted() throws Exception {
        AppProcess app = AppProcess.start(workspace, data, dir.resolve("app.log"), "sessions.db.restart-delay=5s")
                .awaitReady();
        String entries = "/api/sessions/" + FixtureNames.V2_SESSION + "/entries";
        Path log = workspace.resolve(".roo/commander/sessions/" + FixtureNames.V2_SESSION + "/session_log.md");
        assertThat(app.post(entries, "editor", "{\"text\": \"before the crash\"}")
                        .statusCode())
                .isEqualTo(200);

        long postmaster = Postmaster.pid(data.resolve("postgres")).orElseThrow();
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !Postmaster.running(postmaster));
        byte[] before = Files.readAllBytes(log);

        HttpResponse<String> refused = app.post(entries, "editor", "{\"text\": \"during the outage\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(refused.body()).contains("nothing was changed");
        assertThat(Files.readAllBytes(log)).as("the session log is untouched").isEqualTo(before);
        assertThat(app.get("/q/health/ready", null).statusCode()).isEqualTo(503);

        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> app.get("/q/health/ready", null).statusCode() == 200);
        assertThat(app.post(entries, "editor", "{\"text\": \"after the restart\"}")
                        .statusCode())
                .isEqualTo(200);
        assertThat(Files.readString(log)).contains("after the restart").doesNotContain("during the outage");
        String audit = app.get("/api/audit?session=" + FixtureNames.V2_SESSION, "admin")
                .body();
        assertThat(audit)
                .contains("before the crash")
                .contains("after the restart")
                .doesNotContain("outage");
        assertThat(Postmaster.pid(data.resolve("postgres")).orElseThrow()).isNotEqualTo(postmaster);
        assertThat(app.output()).contains("has stopped unexpectedly").contains("is back on port");
        app.stop();
    }
}
