package org.sessionledger.index.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.index.db.MirrorUnit;

/** When a start may trust the snapshot for what the full-text index holds. */
class StateLoaderTest {

    private static final String UNIT = UnitKeys.session("s/A");
    private static final List<MirrorUnit.FileState> FILES =
            List.of(new MirrorUnit.FileState("s/A/session_log.md", 10, 1_700_000_000_000L, "h"));

    @TempDir
    Path dir;

    private final ExecutorService loaders = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicLong indexCommit = new AtomicLong(5);
    private final FakeMirror mirror = new FakeMirror();

    @AfterEach
    void close() {
        loaders.close();
    }

    @Test
    void aSnapshotOfTheIndexsCurrentCommitVouchesForTheIndex() {
        save();
        WorkspaceState next = new WorkspaceState();

        assertThat(loader(next).load(false, loaders).join()).isTrue();
        assertThat(next.files()).containsEntry(UNIT, FILES);
    }

    @Test
    void anIndexCommittedToSinceTheSnapshotIsListed() {
        save();
        indexCommit.set(6);
        WorkspaceState next = new WorkspaceState();

        assertThat(loader(next).load(false, loaders).join()).isFalse();
        assertThat(next.files()).containsEntry(UNIT, FILES); // the state itself still comes from the snapshot
    }

    @Test
    void anIndexWithUncommittedChangesWhenSavedIsListed() {
        indexCommit.set(-1);
        save();

        assertThat(loader(new WorkspaceState()).load(false, loaders).join()).isFalse();
    }

    @Test
    void aSnapshotOlderThanTheDatabaseVouchesForNothing() {
        save();
        mirror.generation++;
        WorkspaceState next = new WorkspaceState();

        assertThat(loader(next).load(false, loaders).join()).isFalse();
        assertThat(next.files()).isEmpty(); // loaded from the (empty) database instead
    }

    @Test
    void aRunThatReadsEverythingVouchesForNothing() {
        save();

        assertThat(loader(new WorkspaceState()).load(true, loaders).join()).isFalse();
    }

    private void save() {
        WorkspaceState state = new WorkspaceState();
        state.files(UNIT, FILES);
        loader(state).save(mirror.generation, indexCommit.get());
    }

    private StateLoader loader(WorkspaceState state) {
        return new StateLoader(
                mirror,
                state,
                new ProgressTracker(Logger.getLogger(StateLoaderTest.class)),
                dir.resolve("state.snapshot"),
                indexCommit::get);
    }

    /** A mirror that holds nothing, at a generation the test sets. */
    private static final class FakeMirror extends EmptyMirror {

        long generation = 3;

        @Override
        public long generation() {
            return generation;
        }
    }
}
