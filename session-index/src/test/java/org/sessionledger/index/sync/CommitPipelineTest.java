package org.sessionledger.index.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.store.AlreadyClosedException;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.index.lucene.LuceneIndex;

class CommitPipelineTest {

    @TempDir
    Path dir;

    @Test
    void afterAFailedDatabaseWriteNoFileStateIsRecordedAndTheFailureIsThrownAsItself() throws Exception {
        IllegalStateException crash = new IllegalStateException("simulated crash");
        WorkspaceState state = new WorkspaceState();
        FailingMirror mirror = new FailingMirror(crash, new java.util.concurrent.CopyOnWriteArrayList<>());
        try (LuceneIndex lucene = new LuceneIndex(dir.resolve("lucene"));
                CommitPipeline pipeline =
                        new CommitPipeline(lucene, mirror, state, new ProgressTracker(Logger.getLogger("test")))) {
            pipeline.added(List.of(new MirrorUnit.Removed("session:a")));
            RuntimeException seen = null;
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (seen == null && System.nanoTime() < deadline) {
                try {
                    pipeline.added(List.of());
                    Thread.sleep(5);
                } catch (RuntimeException e) {
                    seen = e;
                }
            }
            assertThat(seen).isSameAs(crash);
            // finish reports it again (callers must not add it to itself as suppressed) and records nothing
            assertThatThrownBy(pipeline::finish).isSameAs(crash);
            assertThat(mirror.recorded()).isEmpty();
            assertThat(state.files()).isEmpty();
            // the next run starts clean
            assertThatCode(pipeline::finish).doesNotThrowAnyException();
        }
    }

    @Test
    void aFailureNotSeenWhileAddingIsThrownByFinish() throws IOException {
        IllegalStateException crash = new IllegalStateException("simulated crash");
        try (LuceneIndex lucene = new LuceneIndex(dir.resolve("lucene"));
                CommitPipeline pipeline = new CommitPipeline(
                        lucene,
                        new FailingMirror(crash, new java.util.concurrent.CopyOnWriteArrayList<>()),
                        new WorkspaceState(),
                        new ProgressTracker(Logger.getLogger("test")))) {
            pipeline.added(List.of(new MirrorUnit.Removed("session:a")));
            assertThatThrownBy(pipeline::finish).isSameAs(crash);
        }
    }

    @Test
    void unitsAddedWhileACommitRunsInTheBackgroundAreRecordedByFinish() throws IOException {
        WorkspaceState state = new WorkspaceState();
        FailingMirror mirror = new FailingMirror(null, new java.util.concurrent.CopyOnWriteArrayList<>());
        try (LuceneIndex lucene = new LuceneIndex(dir.resolve("lucene"));
                CommitPipeline pipeline =
                        new CommitPipeline(lucene, mirror, state, new ProgressTracker(Logger.getLogger("test")))) {
            pipeline.added(List.of(unit("task:a.md")));
            pipeline.commitInBackground();
            pipeline.added(List.of(unit("task:b.md")));
            pipeline.awaitRows();
            assertThat(mirror.written()).hasSize(2); // the rows, whatever the commit does meanwhile

            pipeline.finish();
            assertThat(mirror.recorded())
                    .extracting(MirrorUnit::key)
                    .containsExactlyInAnyOrder("task:a.md", "task:b.md");
            assertThat(state.files()).containsOnlyKeys("task:a.md", "task:b.md");
        }
    }

    @Test
    void aFailedBackgroundCommitRecordsNothingAndIsThrownByFinish() throws IOException {
        WorkspaceState state = new WorkspaceState();
        FailingMirror mirror = new FailingMirror(null, new java.util.concurrent.CopyOnWriteArrayList<>());
        LuceneIndex lucene = new LuceneIndex(dir.resolve("lucene"));
        try (CommitPipeline pipeline =
                new CommitPipeline(lucene, mirror, state, new ProgressTracker(Logger.getLogger("test")))) {
            pipeline.added(List.of(unit("task:a.md")));
            lucene.close(); // the commit fails
            pipeline.commitInBackground();

            assertThatThrownBy(pipeline::finish).isInstanceOf(AlreadyClosedException.class);
            assertThat(mirror.recorded()).isEmpty();
            assertThat(state.files()).isEmpty();
        }
    }

    private static MirrorUnit unit(String key) {
        String path = UnitKeys.path(key);
        return new MirrorUnit.UnreadableUnit(
                key, List.of(), List.of(new MirrorUnit.FileState(path, 1, 1_700_000_000_000L, "h")));
    }

    /** Row writes fail when given a failure; file states are only remembered. */
    private static final class FailingMirror extends EmptyMirror {

        private final RuntimeException failure;
        private final List<MirrorUnit> recorded;
        private final List<MirrorUnit> written = new java.util.concurrent.CopyOnWriteArrayList<>();

        FailingMirror(RuntimeException failure, List<MirrorUnit> recorded) {
            this.failure = failure;
            this.recorded = recorded;
        }

        List<MirrorUnit> recorded() {
            return recorded;
        }

        List<MirrorUnit> written() {
            return written;
        }

        @Override
        public void write(List<MirrorUnit> batch) {
            if (failure != null) {
                throw failure;
            }
            written.addAll(batch);
        }

        @Override
        public void recordFiles(List<MirrorUnit> committed) {
            recorded.addAll(committed);
        }
    }
}
