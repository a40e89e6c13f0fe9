package org.sessionledger.fs.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Severity;
import org.sessionledger.domain.error.ConflictException;
import org.sessionledger.domain.error.InvalidRequestException;
import org.sessionledger.domain.session.ArtifactCategory;
import org.sessionledger.domain.session.Lifecycle.Transition;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.session.SessionReader;

/**
 * Agents that know nothing of Session Ledger's lock write the log while the app writes it: a shell loop appending
 * with {@code >>} (a new open per line) and one holding the log open ({@code exec 3>>}). No line of theirs and no
 * acknowledged write of the app may be lost, and the log must still parse. Repeated, so that a rare loss shows.
 */
class LiveAgentWritesTest {

    private static final int AGENT_LINES = 400;
    private static final int APP_WRITES = 150;
    private static final int THREADS = 8;
    private static final Pattern AGENT = Pattern.compile("(APPENDER|HOLDER)-LINE-(\\d{3})");

    @TempDir
    Path workspace;

    /** Entries and transitions only: every front-matter change fits in place, so even the holder loses nothing. */
    @RepeatedTest(3)
    void anAppenderAndAHolderLoseNothingBesideEntriesAndTransitions() throws Exception {
        run(false);
    }

    /** Notes and handoffs grow the front matter: rewrites re-check and carry over what the appender wrote. */
    @RepeatedTest(3)
    void anAppenderLosesNothingBesideRewritesOfTheFrontMatter() throws Exception {
        run(true);
    }

    private void run(boolean rewrites) throws Exception {
        SessionWriter writer = new SessionWriter(FsSettings.of(workspace));
        Path dir = writer.initiate("Live agents", "roo-commander", "lead", Instant.now())
                .sessionDir();
        Path log = dir.resolve("session_log.md");
        List<Process> agents = new ArrayList<>();
        agents.add(agent(
                log,
                "APPENDER",
                "printf -- '- [%s] `dev-agent`: APPENDER-LINE-%03d\\n' \"$(date -u +'%F %T')\" $i >> \"$LOG\""));
        if (!rewrites) {
            agents.add(agent(
                    log,
                    "HOLDER",
                    "printf -- '- [%s] `dev-agent`: HOLDER-LINE-%03d\\n' \"$(date -u +'%F %T')\" $i >&3"));
        }
        List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            done.add(pool.submit(() -> {
                for (int i = thread; i < APP_WRITES; i += THREADS) {
                    Thread.sleep(ThreadLocalRandom.current().nextInt(60));
                    write(writer, dir, i, rewrites).ifPresent(acknowledged::add);
                }
                return null;
            }));
        }
        for (Future<?> f : done) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        for (Process agent : agents) {
            assertThat(agent.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(agent.exitValue()).isZero();
        }

        String text = Files.readString(log, StandardCharsets.UTF_8);
        assertEveryAgentLineOnce(text, rewrites ? List.of("APPENDER") : List.of("APPENDER", "HOLDER"));
        SessionReader.Result read = new SessionReader(FsSettings.of(workspace)).read(dir);
        assertThat(read.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        Session s = read.session();
        assertThat(s.status()).isPresent();
        for (String ack : acknowledged) {
            assertThat(s.entries().stream().filter(e -> e.text().contains(ack)))
                    .as("entries of the acknowledged write '%s'", ack)
                    .hasSize(1);
        }
        assertThat(acknowledged).hasSizeGreaterThan(APP_WRITES / 2);
        assertThat(s.entries()).hasSize(1 + acknowledged.size() + AGENT_LINES * agents.size());
    }

    /** One write of the app; the marker it leaves in the log when it was acknowledged. */
    private static Optional<String> write(SessionWriter writer, Path dir, int i, boolean rewrites) throws IOException {
        String marker = "APP-WRITE-" + i + "-";
        try {
            switch (i % 5) {
                case 0, 1 -> writer.appendEntry(dir, "ann", marker + "entry", Optional.empty(), Instant.now());
                case 2 -> {
                    Session s = writer.read(dir);
                    Transition t = s.status().map(Enum::name).orElse("").equals("PAUSED")
                            ? Transition.RESUME
                            : Transition.PAUSE;
                    Optional<String> expected = i % 2 == 0
                            ? Optional.of(AtomicFiles.hash(dir.resolve("session_log.md")))
                            : Optional.empty();
                    writer.transition(dir, t, "ann", marker + "transition", expected, Instant.now());
                }
                case 3 ->
                    writer.appendEntry(
                            dir,
                            "lee",
                            marker + "multi\n- [2020-01-01 00:00:00] not an entry\n```",
                            Optional.of(AtomicFiles.hash(dir.resolve("session_log.md"))),
                            Instant.now());
                default -> {
                    if (!rewrites) {
                        writer.appendEntry(dir, "bo", marker + "plain", Optional.empty(), Instant.now());
                    } else if (i % 2 == 0) {
                        writer.createArtifact(dir, ArtifactCategory.NOTES, "n" + i, "body", "bo", Instant.now());
                        marker = "NOTE-n" + i + "-";
                    } else {
                        new HandoffWriter(writer)
                                .handoff(dir, "bo", "lee" + i, marker + "handoff", Optional.empty(), Instant.now());
                    }
                }
            }
            return Optional.of(marker);
        } catch (ConflictException | InvalidRequestException e) {
            return Optional.empty(); // refused (the agent wrote meanwhile, or the transition was illegal): not written
        }
    }

    private static Process agent(Path log, String name, String printf) throws IOException {
        String script = "set -e\n"
                + (name.equals("HOLDER") ? "exec 3>>\"$LOG\"\n" : "")
                + "for i in $(seq 1 " + AGENT_LINES + "); do\n  " + printf + "\n  sleep 0.01\ndone\n";
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script, name);
        pb.environment().put("LOG", log.toString());
        return pb.redirectErrorStream(true).start();
    }

    private static void assertEveryAgentLineOnce(String text, List<String> agents) {
        java.util.Map<String, Integer> seen = new java.util.HashMap<>();
        Matcher m = AGENT.matcher(text);
        while (m.find()) {
            seen.merge(m.group(1) + m.group(2), 1, Integer::sum);
        }
        for (String agent : agents) {
            List<Integer> missing = new ArrayList<>();
            for (int i = 1; i <= AGENT_LINES; i++) {
                int n = seen.getOrDefault(agent + String.format("%03d", i), 0);
                assertThat(n).as("%s line %d appears more than once", agent, i).isLessThanOrEqualTo(1);
                if (n == 0) {
                    missing.add(i);
                }
            }
            assertThat(missing).as("%s lines lost", agent).isEmpty();
        }
    }
}
