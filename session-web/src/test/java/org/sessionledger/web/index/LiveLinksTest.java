package org.sessionledger.web.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.V2_SESSION;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sessionledger.domain.diagnostic.Diagnostic;
import org.sessionledger.domain.diagnostic.DiagnosticKind;
import org.sessionledger.domain.link.Link;
import org.sessionledger.domain.link.LinkType;
import org.sessionledger.domain.link.NodeRef;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.lucene.LuceneIndex;
import org.sessionledger.index.sync.IndexingService;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.NoWatchProfile;
import org.sessionledger.web.testsupport.Ready;

/**
 * Links after live changes, which re-resolve only the changed sessions' links when nothing else can have changed:
 * the result is what resolving every link from the files gives, in the state and in the mirror.
 */
@QuarkusTest
@TestProfile(NoWatchProfile.class)
@WithTestResource(FixtureWorkspaceResource.class)
class LiveLinksTest {

    private static final Duration BACKGROUND = Duration.ofSeconds(10);

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
    void anEditedLogGetsTheLinksAFullResolutionFinds() throws IOException {
        Path log = session().resolve("session_log.md");
        String original = Files.readString(log);
        try (IndexingService live = new IndexingService(settings, lucene, mirror)) {
            live.fullSync(false);
            Files.writeString(
                    log,
                    "\n- [2025-07-20 13:00:00] Asked about `TASK-NOPE-1` and `TASK-DEV-20250720-120000` again.\n",
                    StandardOpenOption.APPEND);

            live.apply(List.of(log));

            Link dangling =
                    new Link(LinkType.LOG_MENTION, NodeRef.session(V2_SESSION), NodeRef.task("TASK-NOPE-1"), false);
            Awaitility.await()
                    .atMost(BACKGROUND)
                    .until(() -> live.snapshot().links().contains(dangling));
            assertSameLinks(live.snapshot(), fromFiles());
            // the mirror holds the same: a new indexer reads no file and takes the links from PostgreSQL
            try (IndexingService next = new IndexingService(settings, lucene, mirror)) {
                next.fullSync(false);
                assertThat(next.progress().unitsRead()).isZero();
                assertSameLinks(next.snapshot(), fromFiles());
            }
        } finally {
            Files.writeString(log, original);
            resync();
        }
    }

    @Test
    void aFileThatAppearsResolvesOtherUnitsLinksToIt() throws IOException {
        Path note = session().resolve("artifacts/notes/NOTE-later-2507201400.md");
        String notePath = settings.root().relativize(note).toString();
        Path task = settings.root().resolve(".ruru/tasks/DEV_LEDGER/TASK-DEV-20250720-140000.md");
        Files.writeString(task, """
                +++
                id = "TASK-DEV-20250720-140000"
                title = "Read the later note"
                status = "🟡 To Do"
                type = "🌟 Feature"
                input_artifacts = ["%s"]
                +++

                # Read the later note
                """.formatted(notePath));
        try (IndexingService live = new IndexingService(settings, lucene, mirror)) {
            live.fullSync(false);
            Link toNote = new Link(
                    LinkType.INPUT_ARTIFACT,
                    NodeRef.task("TASK-DEV-20250720-140000"),
                    NodeRef.artifact(notePath),
                    false);
            assertThat(live.snapshot().links()).contains(toNote);

            Files.writeString(note, "# Later\n");
            live.apply(List.of(note)); // a change of the session that holds it: its links alone would not do

            Link resolved = new Link(toNote.type(), toNote.from(), toNote.to(), true);
            Awaitility.await()
                    .atMost(BACKGROUND)
                    .until(() -> live.snapshot().links().contains(resolved));
            assertSameLinks(live.snapshot(), fromFiles());
        } finally {
            Files.deleteIfExists(note);
            Files.deleteIfExists(task);
            resync();
        }
    }

    /** Leaves the mirrors equal to the files again, for the tests that follow. */
    private void resync() throws IOException {
        try (IndexingService after = new IndexingService(settings, lucene, mirror)) {
            after.fullSync(false);
        }
    }

    private Path session() {
        return settings.root().resolve(".roo/commander/sessions/" + V2_SESSION);
    }

    private WorkspaceScan fromFiles() {
        return new WorkspaceScanner(settings).scan();
    }

    private static void assertSameLinks(WorkspaceScan actual, WorkspaceScan expected) {
        assertThat(new HashSet<>(actual.links())).isEqualTo(new HashSet<>(expected.links()));
        assertThat(dangling(actual)).isEqualTo(dangling(expected));
    }

    private static Set<Diagnostic> dangling(WorkspaceScan scan) {
        Set<Diagnostic> found = new HashSet<>();
        scan.diagnostics().stream()
                .filter(d -> d.kind() == DiagnosticKind.DANGLING_TASK)
                .forEach(found::add);
        return found;
    }
}
