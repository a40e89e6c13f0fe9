package org.sessionledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * The baseline: Lucene's demo IndexFiles, made equivalent to what the product stores — every Markdown file as one
 * document, path as a key, contents stored with offsets, the standard analyzer — indexed by N threads.
 *
 * <p>Usage: {@code PlainLuceneIndexer <workspace> <indexDir> <threads>}; prints {@code {"files":..,"bytes":..,"ms":..}}.
 */
public final class PlainLuceneIndexer {

    private PlainLuceneIndexer() {}

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        Path indexDir = Path.of(args[1]);
        int threads = Integer.parseInt(args[2]);
        long started = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(workspace)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p))
                    .toList();
        }
        FieldType contents = new FieldType(TextField.TYPE_STORED);
        contents.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        contents.freeze();
        AtomicLong bytes = new AtomicLong();
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer()).setRAMBufferSizeMB(64);
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexDir), config)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            int chunk = Math.max(1, files.size() / (threads * 8));
            List<Future<?>> work = new java.util.ArrayList<>();
            for (int from = 0; from < files.size(); from += chunk) {
                List<Path> slice = files.subList(from, Math.min(files.size(), from + chunk));
                work.add(pool.submit(() -> {
                    for (Path file : slice) {
                        byte[] data = Files.readAllBytes(file);
                        bytes.addAndGet(data.length);
                        Document doc = new Document();
                        String path = file.toString();
                        doc.add(new StringField("path", path, Field.Store.YES));
                        doc.add(new Field("contents", new String(data, StandardCharsets.UTF_8), contents));
                        writer.updateDocument(new Term("path", path), doc);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            pool.shutdown();
            writer.commit();
        } catch (IOException e) {
            throw e;
        }
        PrintStream out = System.out;
        out.printf(
                "{\"files\": %d, \"bytes\": %d, \"ms\": %d}%n",
                files.size(), bytes.get(), (System.nanoTime() - started) / 1_000_000);
    }
}
