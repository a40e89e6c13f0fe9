package org.sessionledger.web.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One run of the packaged app (embedded PostgreSQL) as a process of its own, on a free port. */
record AppProcess(Process process, int port, Path log) {

    private static final Duration READY_WAIT = Duration.ofSeconds(120);
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    static AppProcess start(Path workspace, Path data, Path log, String... properties) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "--enable-native-access=ALL-UNNAMED",
                "-Dquarkus.http.port=" + port,
                "-Dsessions.fs.root=" + workspace,
                "-Dsessions.app.data-dir=" + data,
                "-Dsessions.auth.demo-accounts=true",
                "-Dsessions.project.public-read=true"));
        for (String property : properties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-jar", System.getProperty("app.jar", "target/quarkus-app/quarkus-run.jar")));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new AppProcess(process, port, log);
    }

    /** Waits until the first indexing run is done. */
    AppProcess awaitReady() throws Exception {
        long deadline = System.nanoTime() + READY_WAIT.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            try {
                HttpResponse<String> progress = get("/api/index/progress", null);
                if (progress.body().contains("\"phase\":\"idle\"")
                        && !progress.body().contains("\"runs\":0")) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("not ready: " + output());
    }

    HttpResponse<String> get(String path, String user) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Posts JSON as {@code user} (whose password is its name, as in the demo accounts). */
    HttpResponse<String> post(String path, String user, String json) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri(path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", basic(user))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** SIGKILL, as the OOM killer or {@code kill -9} ends a process: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    /** SIGTERM; waits for the exit. */
    void stop() throws Exception {
        process.destroy();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("stopped within 60 s")
                .isTrue();
    }

    /** Waits for the process to exit by itself; returns its exit status. */
    int awaitExit(Duration time) throws InterruptedException {
        assertThat(process.waitFor(time.toMillis(), TimeUnit.MILLISECONDS))
                .as("exited within %s", time)
                .isTrue();
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    }
}
