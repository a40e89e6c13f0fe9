package org.sessionledger.web.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.*;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.session.Artifact;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.index.lucene.LuceneIndex;
import org.sessionledger.index.snapshot.StateSnapshot;
import org.sessionledger.index.sync.IndexingService;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.NoWatchProfile;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.testsupport.StrayDocuments;

/**
 * The state snapshot saved on shutdown: what the next start may take from it and what it must still check. Each
 * start is simulated by a fresh indexer over the same database and index.
 */
@QuarkusTest
@TestProfile(NoWatchProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class SnapshotRestartTest {

    @Inject
    FsSettings settings;

    @Inject
    LuceneIndex lucene;

    @Inject
    Mirror mirror;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    void aSnapshotSavedOnShutdownServesTheNextStartOnce(@TempDir Path data) throws IOException {
        Path file = data.resolve("state.snapshot");
        IndexingService first = start(file);
        first.close();
        assertThat(file).exists();

        IndexingService second = start(file);
        assertThat(second.progress().unitsRead()).isZero();
        assertThat(file).doesNotExist(); // used once
        IndexingService fromDatabase = start(null);
        assertThat(second.snapshot().sessions())
                .containsExactlyElementsOf(fromDatabase.snapshot().sessions());
        assertThat(second.snapshot().tasks())
                .containsExactlyElementsOf(fromDatabase.snapshot().tasks());
        assertThat(second.snapshot().links())
                .containsExactlyInAnyOrderElementsOf(fromDatabase.snapshot().links());
        assertThat(second.snapshot().diagnostics())
                .containsExactlyInAnyOrderElementsOf(fromDatabase.snapshot().diagnostics());
    }

    @Test
    void aRescanDuringTheShutdownReadsNothingAndKeepsTheSnapshot(@TempDir Path data) throws IOException {
        Path file = data.resolve("state.snapshot");
        IndexingService stopping = start(file);
        Path log = FixtureWorkspaceResource.workspace.resolve(".ruru/sessions/" + V5_SESSION + "/session_log.md");
        Files.writeString(log, "\n- 2025-05-03 03:00:00: met the wombat\n", StandardOpenOption.APPEND);

        stopping.stopping();
        stopping.fullSync(false); // e.g. the rescan after the watches are placed, under way when the app stops
        assertThat(stopping.progress().unitsRead()).isZero();
        stopping.close();

        assertThat(file).exists();
        IndexingService next = start(file);
        assertThat(next.progress().unitsRead()).isOne();
        assertThat(next.snapshot().session(V5_SESSION).orElseThrow().entries())
                .anySatisfy(e -> assertThat(e.text()).contains("wombat"));
    }

    @Test
    void aSnapshotOlderThanTheDatabaseIsIgnored(@TempDir Path data) throws IOException {
        Path file = data.resolve("state.snapshot");
        IndexingService first = start(file);
        first.close();
        // another instance writes to the mirror after the snapshot was taken
        Path log = FixtureWorkspaceResource.workspace.resolve(".ruru/sessions/" + V5_SESSION + "/session_log.md");
        Files.writeString(log, "\n- 2025-05-03 02:00:00: fed the quokka\n", StandardOpenOption.APPEND);
        start(null);

        IndexingService next = start(file);
        assertThat(next.progress().unitsRead()).isZero();
        assertThat(next.snapshot().session(V5_SESSION).orElseThrow().entries())
                .anySatisfy(e -> assertThat(e.text()).contains("quokka"));
    }

    @Test
    void aDocumentAddedToTheIndexAfterTheSnapshotWasSavedIsRemovedByTheNextStart(@TempDir Path data)
            throws IOException {
        Path file = data.resolve("state.snapshot");
        IndexingService first = start(file);
        int before = lucene.documentCount();
        first.close();
        String ghost = "session:.roo/commander/sessions/SESSION-Phantom-20250101-000000";
        StrayDocuments.add(lucene, ghost);

        IndexingService next = start(file);
        assertThat(next.progress().unitsRead()).isZero(); // the state still came from the snapshot
        assertThat(StrayDocuments.count(lucene, ghost)).isZero();
        assertThat(lucene.documentCount()).isEqualTo(before);
    }

    @Test
    void theSnapshotHoldsTheIndexCommitEvenWhenTheIndexClosedFirst(@TempDir Path data) throws IOException {
        Path file = data.resolve("state.snapshot");
        LuceneIndex own = new LuceneIndex(data.resolve("lucene"));
        IndexingService first = new IndexingService(settings, own, mirror, file);
        first.fullSync(false);
        long commit = own.cleanCommit();
        own.close(); // on shutdown the application may close the index before the indexer
        first.close();

        assertThat(commit).isPositive();
        assertThat(StateSnapshot.take(file).orElseThrow().indexCommit()).isEqualTo(commit);
        LuceneIndex reopened = new LuceneIndex(data.resolve("lucene"));
        assertThat(reopened.cleanCommit()).isEqualTo(commit); // what the next start compares with
        reopened.close();
    }

    @Test
    void theNextStartListsOnlyTheFoldersThatChanged(@TempDir Path data) throws IOException {
        Path artifacts = FixtureWorkspaceResource.workspace.resolve(".ruru/sessions/" + V5_SESSION + "/artifacts");
        FileTime hourAgo = settle(artifacts); // its listing is recorded
        Path file = data.resolve("state.snapshot");
        Path hidden = artifacts.resolve("NOTE-hidden.md");
        Path added = artifacts.resolve("NOTE-wombat.md");
        try {
            IndexingService first = start(file);
            first.close();
            assertThat(data.resolve("listings.snapshot")).exists();

            // a file slipped in with the folder's time set back: the recorded listing is used, nothing is read
            Files.writeString(hidden, "# Hidden\n");
            Files.setLastModifiedTime(artifacts, hourAgo);
            IndexingService second = start(file);
            assertThat(second.progress().unitsRead()).isZero();
            assertThat(artifactPaths(second)).noneMatch(p -> p.endsWith("NOTE-hidden.md"));
            second.rebuild(); // trusts no recorded listing: the file is stamped and recorded
            assertThat(artifactPaths(second)).anyMatch(p -> p.endsWith("NOTE-hidden.md"));
            assertThat(mirror.fileStates().get("session:.ruru/sessions/" + V5_SESSION))
                    .extracting(MirrorUnit.FileState::path)
                    .anyMatch(p -> p.endsWith("NOTE-hidden.md"));
            second.close();

            // a file added as anyone adds one moves the folder's time: the folder is listed again
            Files.writeString(added, "# Wombat notes\n");
            IndexingService third = start(file);
            assertThat(third.progress().unitsRead()).isOne();
            assertThat(artifactPaths(third))
                    .anyMatch(p -> p.endsWith("NOTE-wombat.md"))
                    .anyMatch(p -> p.endsWith("NOTE-hidden.md"));
        } finally {
            removeAndResync(hidden, added);
        }
    }

    @Test
    void withoutTrustInFolderTimesEveryFolderIsListed(@TempDir Path data) throws IOException {
        Path artifacts = FixtureWorkspaceResource.workspace.resolve(".ruru/sessions/" + V5_SESSION + "/artifacts");
        FileTime hourAgo = settle(artifacts);
        Path file = data.resolve("state.snapshot");
        Path hidden = artifacts.resolve("NOTE-unseen-by-time.md");
        try {
            IndexingService first = start(file, false);
            first.close();
            assertThat(data.resolve("listings.snapshot")).doesNotExist();

            Files.writeString(hidden, "# Unseen by the folder's time\n");
            Files.setLastModifiedTime(artifacts, hourAgo);
            IndexingService second = start(file, false);
            assertThat(second.progress().unitsRead()).isOne();
            assertThat(artifactPaths(second)).anyMatch(p -> p.endsWith("NOTE-unseen-by-time.md"));
            second.close();
        } finally {
            removeAndResync(hidden);
        }
    }

    /** A new indexer over the shared database and index, synced once: a start (no snapshot when the file is null). */
    private IndexingService start(Path snapshotFile) {
        return start(snapshotFile, true);
    }

    private IndexingService start(Path snapshotFile, boolean trustFolderTimes) {
        IndexingService service = new IndexingService(settings, lucene, mirror, snapshotFile, trustFolderTimes);
        service.fullSync(false);
        return service;
    }

    /** Sets the folder's time an hour back, long enough for its listing to be recorded; returns that time. */
    private static FileTime settle(Path folder) throws IOException {
        FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
        Files.setLastModifiedTime(folder, hourAgo);
        return hourAgo;
    }

    /** Removes files a test added to the fixture and brings the mirror back to it. */
    private void removeAndResync(Path... added) throws IOException {
        for (Path file : added) {
            Files.deleteIfExists(file);
        }
        start(null);
    }

    private static List<String> artifactPaths(IndexingService service) {
        return service.snapshot().session(V5_SESSION).orElseThrow().artifacts().stream()
                .map(Artifact::path)
                .toList();
    }
}
