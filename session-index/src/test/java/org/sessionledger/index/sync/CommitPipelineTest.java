package org.sessionledger.index.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.index.db.Mirror;
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

    /** Row writes fail; file states are only remembered. */
    private record FailingMirror(RuntimeException failure, List<MirrorUnit> recorded) implements Mirror {
        @Override
        public void write(List<MirrorUnit> batch) {
            throw failure;
        }

        @Override
        public void recordFiles(List<MirrorUnit> committed) {
            recorded.addAll(committed);
        }

        @Override
        public void replaceLinks(List<Link> removed, List<Link> added, List<Diagnostic> linkDiagnostics) {
            throw failure;
        }

        @Override
        public boolean linksPending() {
            return false;
        }

        @Override
        public void linksCurrent() {}

        @Override
        public void clear() {}

        @Override
        public Map<String, List<MirrorUnit.FileState>> fileStates() {
            return Map.of();
        }

        @Override
        public long generation() {
            return 0;
        }

        @Override
        public long lastGeneration() {
            return 0;
        }

        @Override
        public Map<String, Session> sessions() {
            return Map.of();
        }

        @Override
        public Map<String, Task> tasks() {
            return Map.of();
        }

        @Override
        public Map<String, List<Diagnostic>> diagnostics() {
            return Map.of();
        }

        @Override
        public List<Link> links() {
            return List.of();
        }
    }
}
