package org.sessionledger.web.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
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
}
