package org.sessionledger.web.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.testkit.FixtureNames;

/**
 * The packaged app as the README starts it (embedded PostgreSQL), stopped by a signal as a service manager or a
 * container runtime stops it, then started again.
 */
class MainCommandIT {

    private static final Duration READY_WAIT = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    @Test
    void aSignalStopsTheAppAndItsDatabaseCleanlyAndTheNextStartReadsNoFile() throws Exception {
        Path workspace = Files.createDirectories(dir.resolve("workspace"));
        ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
        Path data = dir.resolve("data");

        App first = App.start(workspace, data, dir.resolve("first.log"));
        assertThat(first.awaitReady()).contains("\"unitsRead\":");
        String firstLog = first.stop();

        assertThat(data.resolve("state.snapshot")).as(firstLog).exists();
        assertThat(data.resolve("postgres/postmaster.pid"))
                .as("PostgreSQL stopped cleanly")
                .doesNotExist();
        // PostgreSQL removes its pid file last when it stops: the folder changed after the app saved its snapshot
        // (not before it; equal only where the file system keeps coarse times)
        assertThat(Files.getLastModifiedTime(data.resolve("postgres")))
                .as("PostgreSQL stopped after the app")
                .isGreaterThanOrEqualTo(Files.getLastModifiedTime(data.resolve("state.snapshot")));
        assertThat(firstLog).contains("stopped in").doesNotContain("ERROR");

        App second = App.start(workspace, data, dir.resolve("second.log"));
        assertThat(second.awaitReady()).contains("\"unitsRead\":0");
        second.stop();
    }

    /** One run of the packaged app on a free port. */
    private record App(Process process, int port, Path log) {

        static App start(Path workspace, Path data, Path log) throws IOException {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(List.of(
                            java,
                            "--enable-native-access=ALL-UNNAMED",
                            "-Dquarkus.http.port=" + port,
                            "-Dsessions.fs.root=" + workspace,
                            "-Dsessions.app.data-dir=" + data,
                            "-jar",
                            System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar")))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            return new App(process, port, log);
        }

        /** Waits until the first indexing run is done; returns the progress. */
        String awaitReady() throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/index/progress"))
                    .build();
            long deadline = System.nanoTime() + READY_WAIT.toNanos();
            while (System.nanoTime() < deadline && process.isAlive()) {
                try {
                    String body = client.send(request, HttpResponse.BodyHandlers.ofString())
                            .body();
                    if (body.contains("\"phase\":\"idle\"") && !body.contains("\"runs\":0")) {
                        return body;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(100);
            }
            throw new AssertionError("not ready: " + Files.readString(log));
        }

        /** Sends SIGTERM and waits for the exit; returns the log. */
        String stop() throws Exception {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS))
                    .as("stopped within 60 s")
                    .isTrue();
            return Files.readString(log);
        }
    }
}
