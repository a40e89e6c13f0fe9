package org.sessionledger.web.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.session.SessionReader;
import org.sessionledger.fs.write.AtomicFiles;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.WritesProfile;

/**
 * The reproduction of the lost agent lines, through the running app: 150 API writes (entries, pauses and resumes, some
 * naming the version they read) while a shell loop appends 400 lines to the same log. Every line of the agent and
 * every acknowledged write is in the file afterwards, and the log parses.
 */
@QuarkusTest
@TestProfile(WritesProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class ApiBesideAgentTest {

    private static final Pattern HASH = Pattern.compile("\"hash\"\\s*:\\s*\"([0-9a-f]+)\"");

    @TestHTTPResource("/")
    URL base;

    private final HttpClient client = HttpClient.newHttpClient();
    private final String auth =
            "Basic " + Base64.getEncoder().encodeToString("editor:editor".getBytes(StandardCharsets.UTF_8));

    @Test
    void apiWritesBesideAShellAppenderLoseNothing() throws Exception {
        Ready.awaitIndexed();
        String id = post("/api/sessions", "{\"goal\": \"Agent beside the API\"}")
                .map(ApiBesideAgentTest::sessionId)
                .orElseThrow();
        Path log;
        try (var walk = Files.walk(FixtureWorkspaceResource.workspace)) {
            log = walk.filter(p -> p.endsWith(Path.of(id, "session_log.md")))
                    .findFirst()
                    .orElseThrow();
        }
        Process agent = agent(log);
        List<String> acknowledged = writeBesideIt(id, log);
        assertThat(agent.waitFor(120, TimeUnit.SECONDS)).isTrue();

        String text = Files.readString(log);
        List<Integer> lost = new ArrayList<>();
        for (int i = 1; i <= 400; i++) {
            if (!text.contains(String.format("AGENT-LINE-%03d", i))) {
                lost.add(i);
            }
        }
        assertThat(lost).as("agent lines lost").isEmpty();
        assertThat(acknowledged)
                .hasSizeGreaterThan(75)
                .allSatisfy(m -> assertThat(text).contains(m));
        var session = new SessionReader(FsSettings.of(FixtureWorkspaceResource.workspace))
                .read(log.getParent())
                .session();
        assertThat(session.status()).isPresent();
        assertThat(session.entries()).hasSize(1 + 400 + acknowledged.size());
    }

    private static Process agent(Path log) throws java.io.IOException {
        ProcessBuilder shell = new ProcessBuilder(
                "bash",
                "-c",
                "for i in $(seq 1 400); do printf -- '- [2026-01-01 00:00:00] `dev-agent`: AGENT-LINE-%03d\\n'"
                        + " $i >> \"$LOG\"; sleep 0.01; done");
        shell.environment().put("LOG", log.toString());
        return shell.redirectErrorStream(true).start();
    }

    /** 150 writes from 8 clients; the markers of those the app acknowledged. */
    private List<String> writeBesideIt(String id, Path log) throws Exception {
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = thread; i < 150; i += 8) {
                    String marker = "API-WRITE-" + i + "-";
                    String path = "/api/sessions/" + id;
                    boolean ok = switch (i % 3) {
                        case 0 ->
                            post(path + "/entries", "{\"text\": \"" + marker + "entry\"}")
                                    .isPresent();
                        case 1 ->
                            post(path + "/pause", "{\"reason\": \"" + marker + "pause\"}")
                                            .isPresent()
                                    || post(path + "/resume", "{\"reason\": \"" + marker + "resume\"}")
                                            .isPresent();
                        default ->
                            post(
                                            path + "/entries",
                                            "{\"text\": \"" + marker + "versioned\", \"expectedHash\": \""
                                                    + AtomicFiles.hash(log) + "\"}")
                                    .isPresent();
                    };
                    if (ok) {
                        acknowledged.add(marker);
                    }
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        return acknowledged;
    }

    private java.util.Optional<String> post(String path, String json) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", auth)
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isLessThan(500);
        return response.statusCode() / 100 == 2 ? java.util.Optional.of(response.body()) : java.util.Optional.empty();
    }

    private static String sessionId(String body) {
        Matcher m = Pattern.compile("\"sessionId\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        assertThat(m.find()).isTrue();
        assertThat(HASH.matcher(body).find()).isTrue();
        return m.group(1);
    }
}
