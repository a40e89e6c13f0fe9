package org.sessionledger.web.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sessionledger.testkit.FixtureNames.*;

import io.quarkus.logging.Log;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.sessionledger.index.db.DiagnosticRepository;
import org.sessionledger.index.db.LinkRepository;
import org.sessionledger.index.db.SessionRepository;
import org.sessionledger.index.db.TaskRepository;
import org.sessionledger.index.lucene.LuceneSearcher;
import org.sessionledger.index.lucene.SearchRequest;
import org.sessionledger.web.testsupport.FixtureWorkspaceResource;
import org.sessionledger.web.testsupport.Ready;
import org.sessionledger.web.workspace.WorkspaceService;

/** The mirrors follow the files: full scan, then edits, additions, deletions and renames seen by the watcher. */
@QuarkusTest
@WithTestResource(FixtureWorkspaceResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LiveIndexingTest {

    private static final Duration LIVE = Duration.ofSeconds(5);

    @Inject
    LuceneSearcher searcher;

    @Inject
    WorkspaceService workspace;

    @Inject
    SessionRepository sessions;

    @Inject
    TaskRepository tasks;

    @Inject
    DiagnosticRepository diagnostics;

    @Inject
    LinkRepository links;

    @BeforeEach
    void ready() {
        Ready.awaitIndexed();
    }

    @Test
    @Order(1)
    void theFullScanFillsPostgresAndLucene() {
        assertThat(sessions.count()).isEqualTo(7);
        assertThat(tasks.count()).isEqualTo(5);
        assertThat(sessions.find("sessionId", V2_SESSION).firstResult().title).isEqualTo("Build the ledger prototype");
        assertThat(diagnostics.count("kind", "DUPLICATE_KEY")).isPositive();
        assertThat(searcher.search(SearchRequest.of("zebra")).total()).isEqualTo(1);
    }

    @Test
    void anEditIsSearchableWithinAMoment() throws IOException {
        Path log =
                FixtureWorkspaceResource.workspace.resolve(".roo/commander/sessions/" + V2_SESSION + "/session_log.md");
        long started = System.nanoTime();
        String original = Files.readString(log);
        try {
            Files.writeString(log, "- [2025-07-20 13:00:00] Spotted a quokka in the logs\n", StandardOpenOption.APPEND);
            await(() -> searcher.search(SearchRequest.of("quokka")).total() == 1);
            Log.infof("edit -> searchable in %d ms", (System.nanoTime() - started) / 1_000_000);
            await(() -> workspace.session(V2_SESSION).orElseThrow().entries().size() == 8);
        } finally {
            Files.writeString(log, original);
        }
        await(() -> searcher.search(SearchRequest.of("quokka")).total() == 0
                && workspace.session(V2_SESSION).orElseThrow().entries().size() == 7);
    }

    @Test
    void newMalformedAndDeletedSessionsAreFollowed() throws IOException {
        Path root = FixtureWorkspaceResource.workspace.resolve(".ruru/sessions");
        Path fresh = Files.createDirectories(root.resolve("SESSION-Fresh_Start-2601010000"));
        Files.writeString(
                fresh.resolve("session_log.md"),
                "+++\ntitle = \"A wombat session\"\nstatus = \"🟢 Active\"\nstart_time = \"2026-01-01T00:00:00Z\"\n"
                        + "coordinator = \"roo-commander\"\nrelated_tasks = [\"" + MAIN_TASK + "\"]\n+++\n");
        Path broken = Files.createDirectories(root.resolve("SESSION-Broken_Again-2601010001"));
        Files.writeString(broken.resolve("session_log.md"), "+++\ntitle = \"unterminated\nstatus = [\n+++\n");
        await(() -> workspace.session("SESSION-Fresh_Start-2601010000").isPresent()
                && workspace.session("SESSION-Broken_Again-2601010001").isPresent());
        assertThat(searcher.search(SearchRequest.of("wombat")).hits())
                .extracting(h -> h.kind())
                .containsExactly("session");
        await(() -> diagnostics.count("file like ?1", "%SESSION-Broken_Again-2601010001%") > 0);
        assertThat(sessions.count("sessionId", "SESSION-Fresh_Start-2601010000"))
                .isEqualTo(1);

        deleteTree(fresh);
        await(() -> workspace.session("SESSION-Fresh_Start-2601010000").isEmpty());
        assertThat(searcher.search(SearchRequest.of("wombat")).total()).isZero();
        assertThat(sessions.count("sessionId", "SESSION-Fresh_Start-2601010000"))
                .isZero();
        assertThat(workspace.session(V2_SESSION)).isPresent();

        deleteTree(broken);
        await(() -> workspace.session("SESSION-Broken_Again-2601010001").isEmpty()
                && diagnostics.count("file like ?1", "%SESSION-Broken_Again-2601010001%") == 0);
    }

    @Test
    void aRenamedTaskMovesInBothMirrors() throws IOException {
        Path dir = FixtureWorkspaceResource.workspace.resolve(".ruru/tasks/DEV_LEDGER");
        Files.move(dir.resolve(SUB_TASK + ".md"), dir.resolve("TASK-DEV-20250720-130000.md"));
        String renamed = ".ruru/tasks/DEV_LEDGER/TASK-DEV-20250720-130000.md";
        await(() -> tasks.count("path", renamed) == 1
                && tasks.count("path", ".ruru/tasks/DEV_LEDGER/" + SUB_TASK + ".md") == 0
                && searcher.search(SearchRequest.of("conformance")).hits().stream()
                        .map(h -> h.path())
                        .toList()
                        .equals(java.util.List.of(renamed)));

        Files.move(dir.resolve("TASK-DEV-20250720-130000.md"), dir.resolve(SUB_TASK + ".md"));
        await(() -> tasks.count("path", ".ruru/tasks/DEV_LEDGER/" + SUB_TASK + ".md") == 1);
    }

    private static void await(java.util.concurrent.Callable<Boolean> condition) {
        Awaitility.await()
                .atMost(LIVE)
                .pollInSameThread()
                .pollInterval(Duration.ofMillis(20))
                .until(() -> {
                    sessionsClear();
                    return condition.call();
                });
    }

    private static void sessionsClear() {
        io.quarkus.arc.Arc.container()
                .instance(SessionRepository.class)
                .get()
                .getEntityManager()
                .clear();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
