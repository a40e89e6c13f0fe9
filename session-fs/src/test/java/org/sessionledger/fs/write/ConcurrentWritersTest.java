package org.sessionledger.fs.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.session.Session;
import org.sessionledger.fs.FsSettings;

/** Many threads, a second process, and a writer killed with SIGKILL: every file parses, no acknowledged write is lost. */
class ConcurrentWritersTest {

    @TempDir
    Path workspace;

    private SessionWriter writer;
    private Path dir;

    @BeforeEach
    void session() throws IOException {
        writer = new SessionWriter(FsSettings.of(workspace));
        dir = writer.initiate("Concurrency", "tester", "tester", Instant.EPOCH).sessionDir();
    }

    @Test
    void threadsAndAnotherProcessNeverLoseAnEntry() throws Exception {
        Process other = WriterProcess.start(dir, "proc", 40);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                for (int i = 0; i < 25; i++) {
                    writer.appendEntry(
                            dir, "t" + thread, "thread " + thread + " write " + i, Optional.empty(), Instant.now());
                }
                return null;
            }));
        }
        for (Future<?> f : futures) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        List<String> acknowledged = WriterProcess.acknowledged(other);
        assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).hasSize(40);

        Session s = writer.read(dir);
        List<String> texts = s.entries().stream().map(e -> e.text()).toList();
        assertThat(texts).hasSize(1 + 8 * 25 + 40);
        for (int t = 0; t < 8; t++) {
            for (int i = 0; i < 25; i++) {
                assertThat(texts).contains("`t" + t + "`: thread " + t + " write " + i);
            }
        }
        acknowledged.forEach(text -> assertThat(texts).contains("`proc`: " + text));
    }

    @Test
    void aKilledWriterLeavesAParsableFileWithEveryAcknowledgedWrite() throws Exception {
        Process victim = WriterProcess.start(dir, "victim", 100_000);
        List<String> acknowledged = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(victim.getInputStream(), StandardCharsets.UTF_8))) {
            for (int i = 0; i < 30; i++) {
                acknowledged.add(WriterProcess.ack(out.readLine()));
            }
            victim.destroyForcibly();
            victim.waitFor(30, TimeUnit.SECONDS);
        }
        Session s = writer.read(dir);
        List<String> texts = s.entries().stream().map(e -> e.text()).toList();
        acknowledged.forEach(text -> assertThat(texts).contains("`victim`: " + text));
        writer.appendEntry(dir, "after", "still writable", Optional.empty(), Instant.now());
        assertThat(writer.read(dir).entries())
                .last()
                .satisfies(e -> assertThat(e.text()).contains("still writable"));
    }
}
