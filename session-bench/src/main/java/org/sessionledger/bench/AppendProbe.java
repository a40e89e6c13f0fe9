package org.sessionledger.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Appending entries through the API while an agent appends to the same log: {@code WRITERS} clients post entries to one
 * session as fast as they are answered, and an agent thread appends a line to its {@code session_log.md} every 10 ms
 * (opening it for each line, as a shell's {@code >>} does). Prints the latency of the posts and how many lines of
 * either kind are missing from the file afterwards (which must be none).
 *
 * <p>{@code AppendProbe <base> <workspace> <posts> [user:password] [async]}: with {@code async} the posts ask for
 * {@code Prefer: respond-async} (answered once the entry is on disk and audited, not once the index shows it).
 */
public final class AppendProbe {

    private static final int WRITERS = 8;
    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private AppendProbe() {}

    public static void main(String[] args) throws Exception {
        String credentials = args.length > 3 ? args[3] : "editor:editor";
        boolean async = args.length > 4 && args[4].equals("async");
        java.io.PrintStream out = System.out;
        out.println(run(args[0], Path.of(args[1]), Integer.parseInt(args[2]), credentials, async));
    }

    static String run(String base, Path workspace, int posts, String credentials, boolean async) throws Exception {
        Path log = firstLog(workspace);
        String session = log.getParent().getFileName().toString();
        String auth = "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
        AtomicBoolean writing = new AtomicBoolean(true);
        List<String> agentLines = Collections.synchronizedList(new ArrayList<>());
        Thread agent = Thread.ofPlatform().start(() -> agent(log, writing, agentLines));
        List<Double> times = Collections.synchronizedList(new ArrayList<>());
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            done.add(pool.submit(() -> {
                for (int i = writer; i < posts; i += WRITERS) {
                    String marker = "zqappend" + i + "x" + System.nanoTime() % 100_000;
                    long t = System.nanoTime();
                    post(base + "/api/sessions/" + session + "/entries", auth, marker, async);
                    times.add((System.nanoTime() - t) / 1e6);
                    acknowledged.add(marker);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        writing.set(false);
        agent.join();
        String text = Files.readString(log, StandardCharsets.UTF_8);
        long lostAgent = agentLines.stream().filter(l -> !text.contains(l)).count();
        long lostPosts = acknowledged.stream().filter(m -> !text.contains(m)).count();
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "{\"n\": %d, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f, \"agent_lines\": %d, "
                        + "\"agent_lines_lost\": %d, \"posts_lost\": %d}",
                sorted.size(),
                sorted.get((int) Math.floor(0.50 * (sorted.size() - 1))),
                sorted.get((int) Math.floor(0.99 * (sorted.size() - 1))),
                sorted.getLast(),
                agentLines.size(),
                lostAgent,
                lostPosts);
    }

    private static void agent(Path log, AtomicBoolean writing, List<String> lines) {
        for (int i = 0; writing.get(); i++) {
            String line = "zqagent" + i + "x" + System.nanoTime() % 100_000;
            try {
                Files.writeString(
                        log, "- [2026-01-01 00:00:00] `bench-agent`: " + line + "\n", StandardOpenOption.APPEND);
                lines.add(line);
                Thread.sleep(10);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void post(String url, String auth, String text, boolean async)
            throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .header("Authorization", auth)
                        .header("Prefer", async ? "respond-async" : "return=minimal")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"" + text + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static Path firstLog(Path workspace) throws IOException {
        try (Stream<Path> walk = Files.walk(workspace.resolve(".roo/commander/sessions"), 2)) {
            return walk.filter(p -> p.getFileName().toString().equals("session_log.md"))
                    .filter(p -> p.getParent().getFileName().toString().matches("[A-Za-z0-9_.-]+"))
                    .sorted()
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no session under .roo/commander/sessions"));
        }
    }
}
