package org.sessionledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sessionledger.domain.session.Session;
import org.sessionledger.domain.workspace.WorkspaceScan;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.fs.read.ResourceTrees;
import org.sessionledger.fs.scan.WorkspaceScanner;
import org.sessionledger.index.lucene.SearchResult.FacetCount;
import org.sessionledger.index.sync.FileContents;
import org.sessionledger.testkit.FixtureNames;

class LuceneSearchTest {

    @TempDir
    Path workspace;

    @TempDir
    Path indexDir;

    private LuceneIndex index;
    private LuceneSearcher searcher;
    private DocumentBuilder builder;
    private WorkspaceScan scan;

    @BeforeEach
    void indexTheFixture() throws IOException {
        ResourceTrees.copy(FixtureNames.location(FixtureNames.WORKSPACE), workspace);
        FsSettings settings = FsSettings.of(workspace);
        scan = new WorkspaceScanner(settings).scan();
        index = new LuceneIndex(indexDir);
        builder = new DocumentBuilder(new FileContents(settings));
        for (Session s : scan.sessions()) {
            index.replaceUnit(DocumentBuilder.sessionUnit(s), builder.session(s));
        }
        for (var t : scan.tasks()) {
            index.replaceUnit(DocumentBuilder.taskUnit(t), builder.task(t));
        }
        index.commit();
        index.refresh();
        searcher = new LuceneSearcher(index);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void findsTermsInEntriesArtifactsAndTasksWithEscapedHighlights() {
        SearchResult result = searcher.search(SearchRequest.of("zebra"));
        assertThat(result.hits()).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo("entry");
            assertThat(hit.session()).isEqualTo(FixtureNames.V2_SESSION);
            assertThat(hit.passage()).contains("<mark>zebra</mark>");
            assertThat(hit.title()).isEqualTo("Build the ledger prototype"); // the session's, shown with the entry
        });
        SearchResult payload = searcher.search(SearchRequest.of("payload"));
        assertThat(payload.hits()).extracting(SearchResult.Hit::kind).contains("artifact");
        assertThat(payload.hits()).allSatisfy(h -> assertThat(h.passage()).doesNotContain("<script>"));
        assertThat(searcher.search(SearchRequest.of("conformance")).hits())
                .extracting(SearchResult.Hit::task)
                .contains(FixtureNames.SUB_TASK);
    }

    @Test
    void aSessionTitleIsSearchedOnTheSessionNotOnEachOfItsEntries() {
        SearchResult result = searcher.search(SearchRequest.of("\"Build the ledger prototype\""));
        assertThat(result.hits())
                .filteredOn(hit -> hit.session().equals(FixtureNames.V2_SESSION))
                .extracting(SearchResult.Hit::kind, SearchResult.Hit::line)
                // the session itself, and the one entry whose text holds the title
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("session", 0),
                        org.assertj.core.groups.Tuple.tuple("entry", 29));
    }

    @Test
    void understandsPhrasesFieldsBooleansPrefixesAndFuzzyTerms() {
        assertThat(searcher.search(SearchRequest.of("\"ledger tests green\"")).total())
                .isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("\"green tests ledger\"")).total())
                .isZero();
        assertThat(searcher.search(SearchRequest.of("kind:task AND status:done"))
                        .hits())
                .extracting(SearchResult.Hit::task)
                .containsExactlyInAnyOrder(
                        FixtureNames.DUPLICATE_KEY_TASK, FixtureNames.YAML_TASK, FixtureNames.BOLD_TASK);
        assertThat(searcher.search(SearchRequest.of("coordinator:prime-coordinator AND kind:session"))
                        .total())
                .isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("zeb*")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("zebar~1")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("zebra NOT audit")).total()).isZero();
    }

    @Test
    void countsFacetsOverTheMatchesAndFiltersOnThem() {
        SearchResult all = searcher.search(SearchRequest.of(""));
        assertThat(all.facets().get(IndexFields.KIND))
                .contains(new FacetCount("session", 7), new FacetCount("task", 5));
        SearchRequest artifactsOnly = new SearchRequest(
                "",
                Map.of(IndexFields.KIND, "artifact"),
                Optional.empty(),
                Optional.empty(),
                SearchRequest.Order.NEWEST,
                1,
                100);
        SearchResult artifacts = searcher.search(artifactsOnly);
        long expected = scan.sessions().stream()
                .mapToLong(s -> s.contentArtifacts().size())
                .sum();
        assertThat(artifacts.total()).isEqualTo(expected);
        assertThat(artifacts.facets().get(IndexFields.KIND)).containsExactly(new FacetCount("artifact", expected));
        assertThat(artifacts.facets().get(IndexFields.CATEGORY)).contains(new FacetCount("notes", 3));
        assertThat(artifacts.hits()).isSortedAccordingTo((a, b) -> Long.compare(b.time(), a.time()));
    }

    @Test
    void pagesThroughResults() {
        SearchRequest second =
                new SearchRequest("", Map.of(), Optional.empty(), Optional.empty(), SearchRequest.Order.OLDEST, 2, 5);
        SearchResult page = searcher.search(second);
        assertThat(page.hits()).hasSize(5);
        SearchResult first = searcher.search(
                new SearchRequest("", Map.of(), Optional.empty(), Optional.empty(), SearchRequest.Order.OLDEST, 1, 5));
        assertThat(page.hits()).doesNotContainAnyElementsOf(first.hits());
    }

    @Test
    void aQueryThatIsNoValidSyntaxIsSearchedLiterallyAndSaysSo() {
        for (String query : new String[] {"\"quarterly zebra", "*zebra", "zebra (", "(", "zebra AND"}) {
            SearchResult result = searcher.search(SearchRequest.of(query));
            assertThat(result.note()).as(query).isEqualTo("searched literally");
        }
        assertThat(searcher.search(SearchRequest.of("\"quarterly zebra")).total())
                .isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("zebra (")).total()).isEqualTo(1);
        assertThat(searcher.search(SearchRequest.of("(")).total()).isZero();
        assertThat(searcher.search(SearchRequest.of("zebra OR nothingatall")).note())
                .isEmpty();
    }

    @Test
    void replacingAUnitReplacesItsDocumentsAndRemovingItRemovesThem() throws IOException {
        Session v2 = scan.session(FixtureNames.V2_SESSION).orElseThrow();
        index.replaceUnit(DocumentBuilder.sessionUnit(v2), List.<Document>of());
        index.refresh();
        assertThat(searcher.search(SearchRequest.of("zebra")).total()).isZero();
        assertThat(index.units()).doesNotContain(DocumentBuilder.sessionUnit(v2));
        index.replaceUnit(DocumentBuilder.sessionUnit(v2), builder.session(v2));
        index.replaceUnit(DocumentBuilder.sessionUnit(v2), builder.session(v2));
        index.refresh();
        assertThat(searcher.search(SearchRequest.of("zebra")).total()).isEqualTo(1);
    }

    @Test
    void facetCountsFollowRemovedAndReaddedUnitsAcrossSegments() throws IOException {
        Map<String, List<FacetCount>> before =
                searcher.search(SearchRequest.of("")).facets();
        Session v2 = scan.session(FixtureNames.V2_SESSION).orElseThrow();
        long entries = v2.entries().size();
        index.replaceUnit(DocumentBuilder.sessionUnit(v2), List.<Document>of());
        index.commit();
        index.refresh();
        Map<String, List<FacetCount>> without =
                searcher.search(SearchRequest.of("")).facets();
        assertThat(without.get(IndexFields.KIND)).contains(new FacetCount("session", 6));
        assertThat(count(without, IndexFields.KIND, "entry"))
                .isEqualTo(count(before, IndexFields.KIND, "entry") - entries);
        assertThat(without.get(IndexFields.TAG)).extracting(FacetCount::value).doesNotContain("prototype");
        index.replaceUnit(DocumentBuilder.sessionUnit(v2), builder.session(v2)); // a segment of its own
        index.commit();
        index.refresh();
        assertThat(searcher.search(SearchRequest.of("")).facets()).isEqualTo(before);
        assertThat(searcher.search(SearchRequest.of("zebra")).facets().get(IndexFields.TAG))
                .containsExactly(new FacetCount("ledger", 1), new FacetCount("prototype", 1));
    }

    @Test
    void aSearchOverManySlicesAnswersAsOverOne(@TempDir Path slicedDir) throws IOException {
        try (LuceneIndex sliced = new LuceneIndex(slicedDir)) {
            Map<String, List<Document>> units = new java.util.LinkedHashMap<>();
            scan.sessions().forEach(s -> units.put(DocumentBuilder.sessionUnit(s), builder.session(s)));
            scan.tasks().forEach(t -> units.put(DocumentBuilder.taskUnit(t), builder.task(t)));
            int added = 0;
            for (var unit : units.entrySet()) { // six or so segments (too few to merge): more than one slice
                sliced.replaceUnit(unit.getKey(), unit.getValue());
                if (++added % 2 == 0) {
                    sliced.commit();
                }
            }
            sliced.commit();
            sliced.refresh();
            int slices = sliced.search(s -> s.getSlices().length);
            assertThat(slices).isGreaterThan(1);
            LuceneSearcher slicedSearcher = new LuceneSearcher(sliced);
            for (String query : List.of("", "zebra", "\"session log\"", "ledger OR audit", "kind:entry")) {
                SearchResult one = searcher.search(SearchRequest.of(query));
                SearchResult many = slicedSearcher.search(SearchRequest.of(query));
                assertThat(one.total()).as(query).isPositive();
                assertThat(many.total()).as(query).isEqualTo(one.total());
                assertThat(many.facets()).as(query).isEqualTo(one.facets());
                assertThat(many.hits()).as(query).hasSameSizeAs(one.hits());
            }
        }
    }

    private static long count(Map<String, List<FacetCount>> facets, String dim, String value) {
        return facets.get(dim).stream()
                .filter(c -> c.value().equals(value))
                .mapToLong(FacetCount::count)
                .sum();
    }

    @Test
    void immenseKeywordValuesAreCutNotFatal() throws IOException {
        Path dir = workspace.resolve(".roo/commander/sessions/SESSION-Huge-20250801-100000");
        Files.createDirectories(dir);
        String huge = "x".repeat(40_000);
        Files.writeString(dir.resolve("session_log.md"), """
                +++
                id = "SESSION-Huge-20250801-100000"
                title = "Immense values"
                status = "Active"
                start_time = "2025-08-01T10:00:00Z"
                coordinator = "%s"
                tags = ["%s", "small"]
                +++

                - [2025-08-01 10:00:00] Session initiated about walruses by `%s`
                """.formatted(huge, huge, huge));
        Session session = new WorkspaceScanner(FsSettings.of(workspace))
                .scan()
                .session("SESSION-Huge-20250801-100000")
                .orElseThrow();
        index.replaceUnit(DocumentBuilder.sessionUnit(session), builder.session(session));
        index.commit();
        index.refresh();
        SearchResult result = searcher.search(SearchRequest.of("walruses"));
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.facets().get(IndexFields.TAG))
                .extracting(FacetCount::value)
                .contains("small");
        String cut = result.facets().get(IndexFields.TAG).stream()
                .map(FacetCount::value)
                .filter(v -> v.startsWith("xxx"))
                .findFirst()
                .orElseThrow();
        assertThat(cut).hasSize(DocumentBuilder.MAX_KEYWORD_LENGTH);
        SearchRequest byCutTag = new SearchRequest(
                "walruses",
                Map.of(IndexFields.TAG, cut),
                Optional.empty(),
                Optional.empty(),
                SearchRequest.Order.RELEVANCE,
                1,
                10);
        assertThat(searcher.search(byCutTag).total()).isEqualTo(1);
    }

    @Test
    void anIndexOfAnotherFormatIsResetOnOpen() throws IOException {
        assertThat(index.wasReset()).isTrue();
        index.close();
        try (LuceneIndex reopened = new LuceneIndex(indexDir)) {
            assertThat(reopened.wasReset()).isFalse();
            assertThat(reopened.documentCount()).isPositive();
        }
        try (IndexWriter old = new IndexWriter(FSDirectory.open(indexDir), new IndexWriterConfig())) {
            old.setLiveCommitData(Map.of("session-ledger-format", "0").entrySet());
            old.commit();
        }
        index = new LuceneIndex(indexDir);
        assertThat(index.wasReset()).isTrue();
        assertThat(index.documentCount()).isZero();
        assertThat(Files.list(indexDir)).isNotEmpty();
    }

    @Test
    void openingAndClosingWithoutChangesKeepsTheCommit() throws IOException {
        long committed = index.cleanCommit();
        assertThat(committed).isPositive();
        index.replaceUnit(DocumentBuilder.sessionUnit(scan.sessions().get(0)), List.of());
        assertThat(index.cleanCommit()).isEqualTo(-1);
        index.commit();
        long next = index.cleanCommit();
        assertThat(next).isGreaterThan(committed);
        index.close();
        try (LuceneIndex reopened = new LuceneIndex(indexDir)) {
            assertThat(reopened.cleanCommit()).isEqualTo(next);
        }
        index = new LuceneIndex(indexDir);
        assertThat(index.wasReset()).isFalse(); // the format marker was carried over by the later commits
        assertThat(index.cleanCommit()).isEqualTo(next); // neither the open nor the close committed
    }
}
