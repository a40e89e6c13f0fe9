package org.sessionledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.index.lucene.SearchResult.Hit;
import org.sessionledger.index.sync.FileContents;
import org.sessionledger.testkit.FixtureNames;

/** Search over the shapes fixture: ids, file names and paths, text that is no query syntax, sessions, languages. */
class SearchByIdPathAndSessionTest {

    @TempDir
    static Path workspace;

    @TempDir
    static Path indexDir;

    private static LuceneIndex index;
    private static LuceneSearcher searcher;

    @BeforeAll
    static void indexTheFixture() throws IOException {
        ResourceTrees.copy(FixtureNames.location(FixtureNames.SHAPES), workspace);
        FsSettings settings = FsSettings.of(workspace);
        WorkspaceScan scan = new WorkspaceScanner(settings).scan();
        index = new LuceneIndex(indexDir);
        DocumentBuilder builder = new DocumentBuilder(new FileContents(settings));
        for (Session s : scan.sessions()) {
            index.replaceUnit(DocumentBuilder.sessionUnit(s), builder.session(s));
        }
        for (var t : scan.tasks()) {
            index.replaceUnit(DocumentBuilder.taskUnit(t), builder.task(t));
        }
        index.commit();
        index.refresh();
        searcher = new LuceneSearcher(index, new SessionLinks(() -> scan));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    @Test
    void anIdFindsItsOwnDocumentFirst() {
        Hit task = searcher.search(SearchRequest.of(FixtureNames.LONG_NAMED_TASK))
                .hits()
                .get(0);
        assertThat(task.kind()).isEqualTo("task");
        assertThat(task.task()).isEqualTo(FixtureNames.LONG_NAMED_TASK);
        Hit byFileName = searcher.search(SearchRequest.of("TASK-DEVPY-20250602-154200-FixDashboard.md"))
                .hits()
                .get(0);
        assertThat(byFileName.task()).isEqualTo(FixtureNames.LONG_NAMED_TASK);
        Hit session = searcher.search(SearchRequest.of(FixtureNames.SHAPES_SESSION.toLowerCase(java.util.Locale.ROOT)))
                .hits()
                .get(0);
        assertThat(session.kind()).isEqualTo("session");
        assertThat(session.session()).isEqualTo(FixtureNames.SHAPES_SESSION);
    }

    @Test
    void fileNamesAndPathsFindTheirFilesAndTheEntriesThatMentionThem() {
        Hit artifact = searcher.search(SearchRequest.of("model_improvement_executive_summary.md"))
                .hits()
                .get(0);
        assertThat(artifact.kind()).isEqualTo("artifact");
        assertThat(artifact.path()).endsWith("artifacts/summaries/model_improvement_executive_summary.md");
        assertThat(searcher.search(SearchRequest.of("summaries/model_improvement_executive_summary.md"))
                        .hits())
                .as("a part of a path, in the words of the files field")
                .extracting(Hit::path)
                .containsExactly(artifact.path());
        assertThat(searcher.search(SearchRequest.of("summaries AND md")).hits())
                .as("plain words do not search file names")
                .isEmpty();
        SearchResult path = searcher.search(SearchRequest.of("pacman-game/src/lib/GameManager.ts"));
        assertThat(path.hits())
                .extracting(Hit::kind, Hit::line)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("entry", 22));
        assertThat(searcher.search(SearchRequest.of("GameManager.ts")).hits())
                .extracting(Hit::line)
                .containsExactly(22);
    }

    @Test
    void textThatIsNoQuerySyntaxIsSearchedLiterallyWithANote() {
        for (String query : new String[] {"feature/vsa-migration", "[2025-05-09 15:38:38]", "a/b", "("}) {
            assertThat(searcher.search(SearchRequest.of(query)).note())
                    .as(query)
                    .isEqualTo("searched literally");
        }
        SearchResult stamp = searcher.search(SearchRequest.of("[2025-05-18 12:22:06]"));
        assertThat(stamp.hits()).extracting(Hit::line).containsExactly(26);
        assertThat(searcher.search(SearchRequest.of("bare AND brackets")).note())
                .isEmpty();
        assertThat(searcher.search(SearchRequest.of("bare AND brackets")).total())
                .isEqualTo(1);
    }

    @Test
    void hitsPointAtTheLineOfTheMatchingText() {
        assertThat(searcher.search(SearchRequest.of("PacMan.ts")).hits())
                .extracting(Hit::line)
                .containsExactly(51);
        assertThat(searcher.search(SearchRequest.of("heading without text")).hits())
                .extracting(Hit::line)
                .containsExactly(55);
        assertThat(searcher.search(SearchRequest.of("improved")).hits())
                .filteredOn(h -> h.kind().equals("artifact"))
                .extracting(Hit::line)
                .containsExactly(3);
    }

    @Test
    void foldsAccentsAndSplitsCjkText() {
        for (String query : new String[] {"cafe", "café", "CAFÉ", "日本語", "テキスト"}) {
            assertThat(searcher.search(SearchRequest.of(query)).hits())
                    .as(query)
                    .extracting(Hit::line)
                    .containsExactly(45);
        }
    }

    @Test
    void groupsMatchesBySessionCountingTasksForTheSessionsTheyAreLinkedTo() {
        SearchResult grouped = searcher.search(SearchRequest.of("dashboard").groupedBySession());
        assertThat(grouped.sessionTotal()).isEqualTo(1);
        assertThat(grouped.sessions()).containsExactly(new SearchResult.SessionCount(FixtureNames.SHAPES_SESSION, 1));
        assertThat(searcher.search(SearchRequest.of("dashboard")).sessions()).isEmpty();
        SearchRequest inSession = new SearchRequest(
                "dashboard",
                Map.of(IndexFields.SESSION, FixtureNames.SHAPES_SESSION),
                Optional.empty(),
                Optional.empty(),
                SearchRequest.Order.RELEVANCE,
                1,
                20);
        assertThat(searcher.search(inSession).hits())
                .extracting(Hit::task)
                .containsExactly(FixtureNames.LONG_NAMED_TASK);
        SearchResult entries = searcher.search(SearchRequest.of("roo-commander").groupedBySession());
        assertThat(entries.sessions())
                .extracting(SearchResult.SessionCount::session)
                .contains(FixtureNames.SHAPES_SESSION, FixtureNames.LOST_OPENING_SESSION);
    }
}
