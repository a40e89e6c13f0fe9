package org.sessionledger.web.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sessionledger.testkit.FixtureNames.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.task.Task;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.index.db.SessionRepository;
import org.sessionledger.index.lucene.LuceneIndex;
import org.sessionledger.index.lucene.LuceneSearcher;
import org.sessionledger.index.lucene.SearchRequest;
import org.sessionledger.index.sync.IndexingService;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.NoWatchProfile;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.StrayDocuments;

/** Restarts, crashes and rebuilds, each simulated by a fresh indexer over the same database and index. */
@QuarkusTest
@TestProfile(NoWatchProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class IndexRecoveryTest {

    @Inject
    FsSettings settings;

    @Inject
    LuceneIndex lucene;

    @Inject
    LuceneSearcher searcher;

    @Inject
    Mirror mirror;

    @Inject
    IndexingService indexing;

    @Inject
    SessionRepository sessions;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void aRestartWithoutChangesReadsNoFile() {
        IndexingService restarted = new IndexingService(settings, lucene, mirror);
        restarted.fullSync(false);
        assertThat(restarted.progress().unitsRead()).isZero();
        assertThat(restarted.snapshot().sessions())
                .hasSameSizeAs(indexing.snapshot().sessions());
        // every field survives the round trip through PostgreSQL, hostile characters included
        IndexingService fromDisk = new IndexingService(settings, lucene, mirror);
        fromDisk.fullSync(true);
        assertThat(restarted.snapshot().sessions())
                .containsExactlyElementsOf(fromDisk.snapshot().sessions());
        assertThat(restarted.snapshot().session(XSS_SESSION).orElseThrow().tags())
                .contains("quote \"x\"", "back\\slash", "comma,brace{}", "NULL");
        assertThat(restarted.snapshot().tasks())
                .containsExactlyElementsOf(indexing.snapshot().tasks());
        assertThat(restarted.snapshot().links())
                .containsExactlyInAnyOrderElementsOf(indexing.snapshot().links());
    }

    @Test
    void aCrashBetweenTheIndexAndTheDatabaseIsRepairedByTheNextStart() throws IOException {
        Path log = FixtureWorkspaceResource.workspace.resolve(".mdtm/sessions/" + V8_SESSION + "/session_log.md");
        Files.writeString(
                log, Files.readString(log).replace("Review the documentation set", "Review the platypus set"));
        IndexingService crashing = new IndexingService(settings, lucene, new CrashingMirror(mirror, Crash.ROWS));
        assertThatThrownBy(() -> crashing.fullSync(false)).hasMessageContaining("simulated crash");
        assertThat(sessions.find("sessionId", V8_SESSION).firstResult().title)
                .isEqualTo("Review the documentation set");

        IndexingService next = new IndexingService(settings, lucene, mirror);
        next.fullSync(false);
        assertThat(next.progress().unitsRead()).isEqualTo(1);
        sessions.getEntityManager().clear();
        assertThat(sessions.find("sessionId", V8_SESSION).firstResult().title).isEqualTo("Review the platypus set");
        assertThat(searcher.search(SearchRequest.of("platypus")).total()).isPositive();
    }

    @Test
    void aCrashBeforeTheFileStatesAreRecordedIsRepairedByTheNextStart() throws IOException {
        Path log = FixtureWorkspaceResource.workspace.resolve(".ruru/sessions/" + V5_SESSION + "/session_log.md");
        Files.writeString(log, "\n- 2025-05-03 01:00:00: counted one wombat\n", StandardOpenOption.APPEND);
        IndexingService crashing = new IndexingService(settings, lucene, new CrashingMirror(mirror, Crash.FILE_STATES));
        assertThatThrownBy(() -> crashing.fullSync(false)).hasMessageContaining("simulated crash");
        // the rows were replaced, but without their file states the unit is not taken as indexed
        assertThat(mirror.fileStates()).doesNotContainKey("session:.ruru/sessions/" + V5_SESSION);

        IndexingService next = new IndexingService(settings, lucene, mirror);
        next.fullSync(false);
        assertThat(next.progress().unitsRead()).isEqualTo(1);
        IndexingService afterThat = new IndexingService(settings, lucene, mirror);
        afterThat.fullSync(false);
        assertThat(afterThat.progress().unitsRead()).isZero();
        assertThat(searcher.search(SearchRequest.of("wombat")).total()).isPositive();
    }

    @Test
    void linksLeftUnstoredByACrashAreResolvedByTheNextStart() throws IOException {
        Path log = FixtureWorkspaceResource.workspace.resolve(".ruru/sessions/" + V5_SESSION + "/session_log.md");
        String original = Files.readString(log);
        assertThat(mirror.links()).noneMatch(l -> mentions(l, V5_SESSION, DUPLICATE_KEY_TASK));
        try {
            Files.writeString(log, original + "\n- 2025-05-03 03:00:00: handed over to " + DUPLICATE_KEY_TASK + "\n");
            IndexingService crashing = new IndexingService(settings, lucene, new CrashingMirror(mirror, Crash.LINKS));
            assertThatThrownBy(() -> crashing.fullSync(false)).hasMessageContaining("simulated crash");
            // the unit and its file states are stored, its new link is not
            assertThat(mirror.linksPending()).isTrue();
            assertThat(mirror.links()).noneMatch(l -> mentions(l, V5_SESSION, DUPLICATE_KEY_TASK));

            IndexingService next = new IndexingService(settings, lucene, mirror);
            next.fullSync(false);
            assertThat(next.progress().unitsRead()).isZero();
            assertThat(mirror.links()).anyMatch(l -> mentions(l, V5_SESSION, DUPLICATE_KEY_TASK));
            assertThat(next.snapshot().links()).anyMatch(l -> mentions(l, V5_SESSION, DUPLICATE_KEY_TASK));
            assertThat(mirror.linksPending()).isFalse();
        } finally {
            // the other tests compare the mirror with the app's indexer, which does not watch: put both back
            Files.writeString(log, original);
            new IndexingService(settings, lucene, mirror).fullSync(false);
        }
    }

    private static boolean mentions(Link link, String session, String task) {
        return link.type() == LinkType.LOG_MENTION
                && link.from().key().contains(session)
                && link.to().key().equals(task);
    }

    @Test
    void documentsOfAUnitThatNeitherTheFilesNorTheMirrorKnowAreRemovedByTheNextStart() throws IOException {
        int before = lucene.documentCount();
        String ghost = "session:.roo/commander/sessions/SESSION-Ghost-20250101-000000";
        StrayDocuments.add(lucene, ghost);
        assertThat(StrayDocuments.count(lucene, ghost)).isEqualTo(1);

        new IndexingService(settings, lucene, mirror).fullSync(false);
        assertThat(StrayDocuments.count(lucene, ghost)).isZero();
        assertThat(lucene.documentCount()).isEqualTo(before);
    }

    @Test
    void aLiveChangeDuringTheShutdownIsLeftToTheNextStart() throws IOException {
        IndexingService stopping = new IndexingService(settings, lucene, mirror);
        stopping.fullSync(false);
        Path log = FixtureWorkspaceResource.workspace.resolve(".ruru/sessions/" + V5_SESSION + "/session_log.md");
        Files.writeString(log, "\n- 2025-05-03 04:00:00: fed the numbat\n", StandardOpenOption.APPEND);

        stopping.stopping();
        assertThatThrownBy(() -> stopping.apply(List.of(log)))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(stopping.progress().unitsRead()).isZero();

        IndexingService next = new IndexingService(settings, lucene, mirror);
        next.fullSync(false);
        assertThat(next.progress().unitsRead()).isOne();
    }

    @Test
    void aTaskWithAnImmenseIdIsMirroredAndDoesNotFailTheSync() throws IOException {
        java.util.Random random = new java.util.Random(42);
        StringBuilder id = new StringBuilder("TASK-");
        while (id.length() < 20_000) { // random, so that no index can compress it below its limit
            id.append("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789".charAt(random.nextInt(62)));
        }
        Path task = FixtureWorkspaceResource.workspace.resolve(".ruru/tasks/IMMENSE/TASK-IMMENSE-1.md");
        Files.createDirectories(task.getParent());
        Files.writeString(task, """
                +++
                id = "%s"
                title = "Immense identifier"
                status = "🟡 To Do"
                parent_task_id = "%sP"
                +++

                Mentions %sX as well.
                """.formatted(id, id, id));
        try {
            indexing.fullSync(false);
            assertThat(indexing.snapshot().tasks())
                    .anySatisfy(t -> assertThat(t.id()).isEqualTo(id.toString()));
            assertThat(searcher.search(SearchRequest.of("immense identifier")).total())
                    .isPositive();
        } finally {
            Files.delete(task);
            Files.delete(task.getParent());
            indexing.fullSync(false);
        }
    }

    @Test
    void aRebuildGivesTheSameIds() {
        List<String> before =
                sessions.listAll().stream().map(s -> s.id).sorted().toList();
        indexing.rebuild();
        List<String> after = sessions.listAll().stream().map(s -> s.id).sorted().toList();
        assertThat(after).isEqualTo(before).isNotEmpty();
        assertThat(indexing.progress().unitsRead())
                .isEqualTo(indexing.snapshot().sessions().size() + 5);
        assertThat(searcher.search(SearchRequest.of("zebra")).total()).isEqualTo(1);
    }

    /** Where a simulated crash stops a sync: before the rows, before the file states, or before the links. */
    private enum Crash {
        ROWS,
        FILE_STATES,
        LINKS
    }

    /** A mirror that fails as if the process died after the index commit, at the given point. */
    private record CrashingMirror(Mirror delegate, Crash at) implements Mirror {
        @Override
        public void write(List<MirrorUnit> batch) {
            if (at == Crash.ROWS) {
                throw new IllegalStateException("simulated crash");
            }
            delegate.write(batch);
        }

        @Override
        public void recordFiles(List<MirrorUnit> committed) {
            if (at != Crash.LINKS) {
                throw new IllegalStateException("simulated crash");
            }
            delegate.recordFiles(committed);
        }

        @Override
        public void replaceLinks(List<Link> removed, List<Link> added, List<Diagnostic> linkDiagnostics) {
            if (at == Crash.LINKS) {
                throw new IllegalStateException("simulated crash");
            }
            delegate.replaceLinks(removed, added, linkDiagnostics);
        }

        @Override
        public boolean linksPending() {
            return delegate.linksPending();
        }

        @Override
        public void linksCurrent() {
            if (at == Crash.LINKS) {
                throw new IllegalStateException("simulated crash");
            }
            delegate.linksCurrent();
        }

        @Override
        public void clear() {
            delegate.clear();
        }

        @Override
        public Map<String, List<MirrorUnit.FileState>> fileStates() {
            return delegate.fileStates();
        }

        @Override
        public long generation() {
            return delegate.generation();
        }

        @Override
        public long lastGeneration() {
            return delegate.lastGeneration();
        }

        @Override
        public Map<String, Session> sessions() {
            return delegate.sessions();
        }

        @Override
        public Map<String, Task> tasks() {
            return delegate.tasks();
        }

        @Override
        public Map<String, List<Diagnostic>> diagnostics() {
            return delegate.diagnostics();
        }

        @Override
        public List<Link> links() {
            return delegate.links();
        }
    }
}
