package org.sessionledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures the running app over HTTP on loopback, as a user would meet it.
 *
 * <ul>
 *   <li>{@code ready <base> <timeoutSeconds>}: waits for the first indexing run; prints the progress JSON.
 *   <li>{@code search <base> <rounds>}: p50/p99 latency of term, phrase, boolean and facet queries (highlights on),
 *       after 300 warm-up requests per query; and of {@code rounds} new phrases, each asked once.
 *   <li>{@code edits <base> <workspace> <count>}: append a unique word to session logs, time until search finds it.
 * </ul>
 */
public final class HttpProbe {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final Pattern TOTAL = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
    private static final int WARM_UP = 300;
    private static final Pattern RUNS = Pattern.compile("\"runs\"\\s*:\\s*(\\d+)");

    private HttpProbe() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = System.out;
        switch (args[0]) {
            case "ready" -> out.println(ready(args[1], Integer.parseInt(args[2])));
            case "search" -> out.println(search(args[1], Integer.parseInt(args[2])));
            case "edits" -> out.println(edits(args[1], Path.of(args[2]), Integer.parseInt(args[3])));
            default -> throw new IllegalArgumentException("ready | search | edits");
        }
    }

    static String ready(String base, int timeoutSeconds) throws Exception {
        long deadline = System.nanoTime() + timeoutSeconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            try {
                String body = get(base + "/api/index/progress");
                Matcher runs = RUNS.matcher(body);
                if (runs.find() && Long.parseLong(runs.group(1)) > 0 && body.contains("\"phase\":\"idle\"")) {
                    return body;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(50);
        }
        throw new IllegalStateException("not ready after " + timeoutSeconds + " s");
    }

    static String search(String base, int rounds) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("term", "q=ledger");
        queries.put("phrase", "q=" + encode("\"session index\""));
        queries.put("boolean", "q=" + encode("payment AND (cache OR quota) NOT rollback"));
        queries.put("facet", "q=search&kind=artifact&status=active");
        StringBuilder json = new StringBuilder("{");
        for (Map.Entry<String, String> q : queries.entrySet()) {
            // steady state: the JIT compiles the search path within a few hundred requests (cold effects are
            // what the start-up figures show)
            for (int warm = 0; warm < WARM_UP; warm++) {
                get(base + "/api/search?" + q.getValue() + "&page=" + (1 + warm % 3));
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                get(base + "/api/search?" + q.getValue() + "&page=" + (1 + i % 3));
                times.add((System.nanoTime() - t) / 1e6);
            }
            json.append(json.length() > 1 ? ", " : "")
                    .append('"')
                    .append(q.getKey())
                    .append("\": ")
                    .append(stats(times));
        }
        // a query asked again is answered in part from Lucene's query cache (the pass that counts every match): new
        // phrases, each asked once, show what a first search costs
        List<Double> times = new ArrayList<>();
        for (String phrase : newPhrases(rounds)) {
            long t = System.nanoTime();
            get(base + "/api/search?q=" + encode(phrase));
            times.add((System.nanoTime() - t) / 1e6);
        }
        json.append(", \"phrase_new\": ").append(stats(times));
        return json.append('}').toString();
    }

    /** {@code count} different two-word phrases of the corpus's words, none of them the repeated probe's. */
    static List<String> newPhrases(int count) {
        List<String> words =
                CorpusGenerator.WORDS.stream().filter(w -> w.matches("[a-z]+")).toList();
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < words.size() * words.size() && phrases.size() < count; i++) {
            String first = words.get(i % words.size());
            String second = words.get((i / words.size() + i) % words.size());
            String phrase = "\"" + first + " " + second + "\"";
            if (!first.equals(second) && !phrase.equals("\"session index\"") && !phrases.contains(phrase)) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    static String edits(String base, Path workspace, int count) throws Exception {
        List<Path> logs;
        try (Stream<Path> walk = Files.walk(workspace.resolve(".roo/commander/sessions"), 2)) {
            logs = walk.filter(p -> p.getFileName().toString().equals("session_log.md"))
                    .sorted()
                    .toList();
        }
        // live edits are followed once the watches are placed and the rescan after them is done (the second run);
        // at a million files that takes a while after ready, and is reported apart
        long waitStarted = System.nanoTime();
        while (true) {
            Matcher runs = RUNS.matcher(get(base + "/api/index/progress"));
            if (runs.find() && Long.parseLong(runs.group(1)) >= 2) {
                break;
            }
            if (System.nanoTime() - waitStarted > 900_000_000_000L) {
                throw new IllegalStateException("the workspace is not watched after 900 s");
            }
            Thread.sleep(50);
        }
        long watchWaitMillis = (System.nanoTime() - waitStarted) / 1_000_000;
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path log = logs.get((i * 7919) % logs.size());
            String token = "zqbench" + Integer.toString(i, 36) + "x" + System.nanoTime() % 100000;
            long t = System.nanoTime();
            Files.writeString(log, "- [2026-01-01 00:00:00] benchmark edit " + token + "\n", StandardOpenOption.APPEND);
            while (true) {
                Matcher total = TOTAL.matcher(get(base + "/api/search?q=" + token));
                if (total.find() && Long.parseLong(total.group(1)) > 0) {
                    break;
                }
                if (System.nanoTime() - t > 30_000_000_000L) {
                    throw new IllegalStateException("edit " + i + " not searchable after 30 s");
                }
                Thread.sleep(5);
            }
            times.add((System.nanoTime() - t) / 1e6);
        }
        String stats = stats(times);
        return stats.substring(0, stats.length() - 1) + ", \"watch_wait_ms\": " + watchWaitMillis + "}";
    }

    private static String stats(List<Double> times) {
        List<Double> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        double p50 = sorted.get((int) Math.floor(0.50 * (sorted.size() - 1)));
        double p99 = sorted.get((int) Math.floor(0.99 * (sorted.size() - 1)));
        return String.format(
                java.util.Locale.ROOT,
                "{\"n\": %d, \"p50_ms\": %.2f, \"p99_ms\": %.2f, \"max_ms\": %.2f}",
                sorted.size(),
                p50,
                p99,
                sorted.get(sorted.size() - 1));
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(30))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
