package org.sessionledger.index.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.testkit.FixtureNames;

class StateSnapshotTest {

    @TempDir
    Path dir;

    @Test
    void aWrittenSnapshotReadsBackEqualOnceAndIsThenGone() throws IOException {
        StateSnapshot written = fixtureSnapshot();
        Path file = dir.resolve("data/state.snapshot");
        written.write(file);

        StateSnapshot read = StateSnapshot.take(file).orElseThrow();
        assertThat(read.generation()).isEqualTo(42);
        assertThat(read.indexCommit()).isEqualTo(7);
        assertThat(read.sessions()).isEqualTo(written.sessions());
        assertThat(read.tasks()).isEqualTo(written.tasks());
        assertThat(read.diagnostics()).isEqualTo(written.diagnostics());
        assertThat(read.links()).isEqualTo(written.links());
        assertThat(read.linkDiagnostics()).isEqualTo(written.linkDiagnostics());
        assertThat(read.files()).isEqualTo(written.files());
        assertThat(file).doesNotExist();
        assertThat(StateSnapshot.take(file)).isEmpty();
    }

    @Test
    void aDamagedSnapshotIsIgnoredAndRemoved() throws IOException {
        Path file = dir.resolve("state.snapshot");
        fixtureSnapshot().write(file);
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(StateSnapshot.take(file)).isEmpty();
        assertThat(file).doesNotExist();

        Files.writeString(file, "not a snapshot at all");
        assertThat(StateSnapshot.take(file)).isEmpty();
    }

    @Test
    void aSnapshotTooLargeToReadIntoMemoryIsIgnoredAndRemoved() throws IOException {
        Path file = dir.resolve("state.snapshot");
        fixtureSnapshot().write(file);
        long size = Files.size(file);
        assertThat(StateSnapshot.take(file, size - 1)).isEmpty();
        assertThat(file).doesNotExist();
        fixtureSnapshot().write(file);
        assertThat(StateSnapshot.take(file, size)).isPresent();
    }

    @Test
    void aSnapshotCutAnywhereIsIgnored() throws IOException {
        Path file = dir.resolve("state.snapshot");
        fixtureSnapshot().write(file);
        byte[] bytes = Files.readAllBytes(file);
        for (int length = 0; length < bytes.length; length += 1 + length / 7) {
            Files.write(file, java.util.Arrays.copyOf(bytes, length));
            assertThat(StateSnapshot.take(file))
                    .as("cut at %d of %d bytes", length, bytes.length)
                    .isEmpty();
        }
        Files.write(file, bytes);
        assertThat(StateSnapshot.take(file)).isPresent();
    }

    private StateSnapshot fixtureSnapshot() throws IOException {
        Path workspace = dir.resolve("workspace");
        ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
        WorkspaceScan scan = new WorkspaceScanner(FsSettings.of(workspace)).scan();
        Map<String, Session> sessions = new HashMap<>();
        scan.sessions().forEach(s -> sessions.put("session:" + s.directory(), s));
        Map<String, Task> tasks = new HashMap<>();
        scan.tasks().forEach(t -> tasks.put("task:" + t.path(), t));
        Map<String, List<Diagnostic>> diagnostics = Map.of("session:x", scan.diagnostics());
        Map<String, List<MirrorUnit.FileState>> files = Map.of(
                "session:x",
                List.of(new MirrorUnit.FileState("a/b.md", 12, 1_700_000_000_000L, "ab".repeat(32))),
                "task:y",
                List.of());
        assertThat(sessions).isNotEmpty();
        assertThat(scan.links()).isNotEmpty();
        return new StateSnapshot(42, 7, sessions, tasks, diagnostics, scan.links(), scan.diagnostics(), files);
    }
}
