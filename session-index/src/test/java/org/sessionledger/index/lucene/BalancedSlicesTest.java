package org.sessionledger.index.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafSlice;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BalancedSlicesTest {

    private static final int[] SEGMENT_DOCS = {50, 40, 30, 20, 10, 5, 1};

    private ByteBuffersDirectory directory;
    private DirectoryReader reader;

    @BeforeEach
    void segments() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(
                directory, new IndexWriterConfig(new StandardAnalyzer()).setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int size : SEGMENT_DOCS) {
                for (int i = 0; i < size; i++) {
                    Document doc = new Document();
                    doc.add(new StringField("parity", i % 2 == 0 ? "even" : "odd", Field.Store.NO));
                    writer.addDocument(doc);
                }
                writer.commit(); // one segment per batch
            }
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterEach
    void close() throws IOException {
        reader.close();
        directory.close();
    }

    @Test
    void twoThreadsGetHalvesOfTheDocumentsWhereLuceneWouldLoadOneSlice() {
        assertThat(reader.leaves()).hasSize(SEGMENT_DOCS.length);

        LeafSlice[] slices = BalancedSlices.of(reader.leaves(), 2);

        assertThat(slices).hasSize(2);
        assertThat(Arrays.stream(slices).mapToInt(LeafSlice::getMaxDocs)).containsExactlyInAnyOrder(80, 76);
        assertThat(Arrays.stream(slices)
                        .flatMap(s -> Arrays.stream(s.partitions))
                        .map(p -> p.ctx))
                .containsExactlyInAnyOrderElementsOf(reader.leaves());
        // Lucene's own slicing for the same segments: five in one slice, 150 of the 156 documents
        LeafSlice[] lucene = IndexSearcher.slices(reader.leaves(), 250_000, 5, false);
        assertThat(Arrays.stream(lucene).mapToInt(LeafSlice::getMaxDocs).max().orElseThrow())
                .isEqualTo(150);
    }

    @Test
    void neverMoreSlicesThanSegmentsNorThreads() {
        List<LeafReaderContext> leaves = reader.leaves();
        assertThat(BalancedSlices.of(leaves, 1)).hasSize(1);
        assertThat(BalancedSlices.of(leaves, 1)[0].getMaxDocs()).isEqualTo(156);
        assertThat(BalancedSlices.of(leaves, 16)).hasSize(SEGMENT_DOCS.length);
        assertThat(BalancedSlices.of(leaves.subList(0, 1), 4)).hasSize(1);
        assertThat(BalancedSlices.of(List.of(), 4)).isEmpty();
    }

    @Test
    void aBalancedSearcherFindsWhatASingleThreadedOneFinds() throws Exception {
        ExecutorService executor = Executors.newFixedThreadPool(2);
        try {
            IndexSearcher searcher = BalancedSlices.searcher(reader, executor, 2);
            IndexSearcher balanced = BalancedSlices.forEveryMatch(searcher);
            IndexSearcher plain = new IndexSearcher(reader);
            assertThat(searcher.getSlices())
                    .hasSize(2)
                    .extracting(LeafSlice::getMaxDocs)
                    .contains(150);
            assertThat(balanced.getSlices())
                    .hasSize(2)
                    .extracting(LeafSlice::getMaxDocs)
                    .contains(80, 76);
            assertThat(balanced.getIndexReader()).isSameAs(reader);
            assertThat(BalancedSlices.forEveryMatch(plain)).isSameAs(plain);
            for (String parity : List.of("even", "odd")) {
                TermQuery query = new TermQuery(new Term("parity", parity));
                assertThat(balanced.count(query)).isEqualTo(plain.count(query)).isPositive();
                assertThat(balanced.search(query, 200).scoreDocs)
                        .extracting(d -> d.doc)
                        .containsExactlyInAnyOrderElementsOf(Arrays.stream(plain.search(query, 200).scoreDocs)
                                .map(d -> d.doc)
                                .toList());
            }
        } finally {
            executor.shutdownNow();
        }
    }
}
