package org.sessionledger.fs.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceWatcherTest {

    private static final Duration DEBOUNCE = Duration.ofMillis(50);

    @TempDir
    Path root;

    @Test
    void aChangeInAWatchedFolderIsReportedByPathWithoutARescan() throws Exception {
        Files.createDirectories(root.resolve("a"));
        BlockingQueue<WorkspaceWatcher.Changes> batches = new LinkedBlockingQueue<>();
        try (WorkspaceWatcher watcher =
                new WorkspaceWatcher(root, DEBOUNCE, Duration.ofMillis(200), batches::add).start()) {
            assertThat(watcher.watchedDirectories()).isEqualTo(2);
            Files.writeString(root.resolve("a/note.md"), "hello");
            WorkspaceWatcher.Changes changes = batches.poll(10, TimeUnit.SECONDS);
            assertThat(changes).isNotNull();
            assertThat(changes.paths()).contains(root.resolve("a/note.md"));
            assertThat(changes.rescanAll()).isFalse();
            // everything is watched: no rescan comes on its own
            assertThat(batches.poll(600, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void aLargeTreeIsWatchedInFullFromSeveralThreads() throws Exception {
        int folders = WatchRegistration.PARALLEL_FROM + 100;
        for (int i = 0; i < folders; i++) {
            Files.createDirectories(root.resolve("s" + i / 50 + "/f" + i));
        }
        BlockingQueue<WorkspaceWatcher.Changes> batches = new LinkedBlockingQueue<>();
        try (WorkspaceWatcher watcher =
                new WorkspaceWatcher(root, DEBOUNCE, Duration.ofMillis(200), batches::add).start()) {
            assertThat(watcher.watchedDirectories()).isEqualTo(1 + folders + (folders + 49) / 50);
            for (int i : new int[] {0, folders / 2, folders - 1}) {
                Path note = root.resolve("s" + i / 50 + "/f" + i + "/note.md");
                Files.writeString(note, "hello");
                WorkspaceWatcher.Changes changes = batches.poll(10, TimeUnit.SECONDS);
                assertThat(changes).isNotNull();
                assertThat(changes.paths()).contains(note);
                assertThat(changes.rescanAll()).isFalse();
            }
        }
    }

    @Test
    void aWatchLimitInALargeTreeLeavesTheRestToRescans() throws Exception {
        for (int i = 0; i < WatchRegistration.PARALLEL_FROM + 10; i++) {
            Files.createDirectories(root.resolve("f" + i));
        }
        BlockingQueue<WorkspaceWatcher.Changes> batches = new LinkedBlockingQueue<>();
        try (WorkspaceWatcher watcher = new WorkspaceWatcher(
                        root, DEBOUNCE, Duration.ofMillis(300), WatchRegistration.PARALLEL_FROM, batches::add)
                .start()) {
            assertThat(watcher.watchedDirectories()).isEqualTo(WatchRegistration.PARALLEL_FROM);
            WorkspaceWatcher.Changes changes = batches.poll(10, TimeUnit.SECONDS);
            assertThat(changes).isNotNull();
            assertThat(changes.rescanAll()).isTrue();
        }
    }

    @Test
    void foldersBeyondTheWatchLimitAreCoveredByPeriodicRescans() throws Exception {
        for (String dir : new String[] {"a", "b", "c", "d"}) {
            Files.createDirectories(root.resolve(dir));
        }
        BlockingQueue<WorkspaceWatcher.Changes> batches = new LinkedBlockingQueue<>();
        try (WorkspaceWatcher watcher =
                new WorkspaceWatcher(root, DEBOUNCE, Duration.ofMillis(300), 2, batches::add).start()) {
            assertThat(watcher.watchedDirectories()).isEqualTo(2);
            // nothing happens in the watched folders, yet rescans keep coming
            long started = System.nanoTime();
            for (int i = 0; i < 2; i++) {
                WorkspaceWatcher.Changes changes = batches.poll(10, TimeUnit.SECONDS);
                assertThat(changes).isNotNull();
                assertThat(changes.rescanAll()).isTrue();
            }
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        }
    }

    @Test
    void aSlowRescanSpacesOutTheNextOnes() throws Exception {
        for (String dir : new String[] {"a", "b", "c"}) {
            Files.createDirectories(root.resolve(dir));
        }
        BlockingQueue<Long> rescans = new LinkedBlockingQueue<>();
        try (WorkspaceWatcher watcher = new WorkspaceWatcher(root, DEBOUNCE, Duration.ofMillis(50), 1, changes -> {
                    rescans.add(System.nanoTime());
                    sleep(250); // a rescan that takes a while
                })
                .start()) {
            assertThat(watcher.watchedDirectories()).isEqualTo(1);
            Long first = rescans.poll(10, TimeUnit.SECONDS);
            Long second = rescans.poll(10, TimeUnit.SECONDS);
            Long third = rescans.poll(10, TimeUnit.SECONDS);
            assertThat(first).isNotNull();
            assertThat(second).isNotNull();
            assertThat(third).isNotNull();
            // after a 250 ms rescan the next waits four times that, not the 50 ms asked for
            assertThat(Duration.ofNanos(third - second)).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
