package org.sessionledger.index.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.jboss.logging.Logger;

/**
 * The full-text index on disk: one writer, near-real-time searchers, documents replaced per indexing unit. An index
 * written with another {@link IndexFields#FORMAT_VERSION} is wiped on open, so that the caller rebuilds it.
 */
public final class LuceneIndex implements Closeable {

    private static final Logger LOG = Logger.getLogger(LuceneIndex.class);
    private static final String FORMAT_KEY = "session-ledger-format";
    private static final int SEARCH_THREADS = Runtime.getRuntime().availableProcessors();

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    /** Searches the index's slices side by side, one thread per core (the caller's thread takes part too). */
    private final ExecutorService slices = Executors.newFixedThreadPool(
            SEARCH_THREADS,
            r -> Thread.ofPlatform().daemon().name("search-slice").unstarted(r));

    private final Analyzer analyzer;
    private final boolean reset;
    private final java.util.concurrent.atomic.AtomicBoolean resetPending;

    public LuceneIndex(Path path) throws IOException {
        Files.createDirectories(path);
        this.directory = FSDirectory.open(path);
        this.analyzer = Analyzers.perField();
        this.reset = !currentFormat(directory);
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(reset ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(64);
        this.writer = new IndexWriter(directory, config);
        if (reset) {
            // later commits carry the marker over; setting it on every open would be a change of its own, committed
            // again by each close
            writer.setLiveCommitData(
                    Map.of(FORMAT_KEY, IndexFields.FORMAT_VERSION).entrySet());
            LOG.infof("The search index at %s is missing or of another format: it will be rebuilt", path);
            writer.commit();
        }
        this.searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                return BalancedSlices.searcher(reader, slices, SEARCH_THREADS);
            }
        });
        this.resetPending = new java.util.concurrent.atomic.AtomicBoolean(reset);
    }

    private static boolean currentFormat(Directory directory) throws IOException {
        if (!DirectoryReader.indexExists(directory)) {
            return false;
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            return IndexFields.FORMAT_VERSION.equals(
                    reader.getIndexCommit().getUserData().get(FORMAT_KEY));
        }
    }

    /** Whether the index was created empty on open (new, or of an old format): everything must be indexed. */
    public boolean wasReset() {
        return reset;
    }

    /** True once after a reset: the first caller must index everything. */
    public boolean takeReset() {
        return resetPending.getAndSet(false);
    }

    public Analyzer analyzer() {
        return analyzer;
    }

    /** Replaces every document of a unit with {@code docs} (none: the unit is removed). */
    public void replaceUnit(String unit, List<Document> docs) throws IOException {
        if (docs.isEmpty()) {
            writer.deleteDocuments(new Term(IndexFields.UNIT, unit));
        } else {
            writer.updateDocuments(new Term(IndexFields.UNIT, unit), docs);
        }
    }

    /** Adds a unit's documents without first deleting older ones: only for units known to be absent. */
    public void addUnit(List<Document> docs) throws IOException {
        writer.addDocuments(docs);
    }

    /** Whether the writer holds no document at all (committed or not). */
    public boolean isEmpty() {
        return writer.getDocStats().numDocs == 0;
    }

    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes the changes durable. */
    public void commit() throws IOException {
        // the format marker set when the index was created is carried over by every commit
        writer.commit();
    }

    /**
     * The generation of the last commit when the writer holds nothing uncommitted, else -1: the same value at two
     * moments means the index did not change in between.
     */
    public long cleanCommit() {
        try {
            return writer.hasUncommittedChanges() ? -1 : SegmentInfos.getLastCommitGeneration(directory);
        } catch (IOException | AlreadyClosedException e) {
            return -1;
        }
    }

    /** Makes the changes visible to searches (near real time, without a commit). */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Runs {@code work} with a current searcher. */
    public <T> T search(Function<IndexSearcher, T> work) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return work.apply(searcher);
        } finally {
            searchers.release(searcher);
        }
    }

    /** The units that have documents in the index (as of the last refresh). */
    public Set<String> units() throws IOException {
        return search(searcher -> {
            Set<String> units = new HashSet<>();
            try {
                Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), IndexFields.UNIT);
                if (terms != null) {
                    TermsEnum e = terms.iterator();
                    for (BytesRef term = e.next(); term != null; term = e.next()) {
                        units.add(term.utf8ToString());
                    }
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return units;
        });
    }

    public int documentCount() throws IOException {
        return search(searcher -> searcher.getIndexReader().numDocs());
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        slices.shutdownNow();
        writer.close();
        directory.close();
    }
}
