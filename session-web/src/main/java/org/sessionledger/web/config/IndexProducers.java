package org.sessionledger.web.config;

import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.index.db.MirrorStore;
import org.sessionledger.index.lucene.LuceneIndex;
import org.sessionledger.index.lucene.LuceneSearcher;
import org.sessionledger.index.lucene.SessionLinks;
import org.sessionledger.index.sync.IndexingService;

/** Wires the plain-Java filesystem and index parts into the application. */
public class IndexProducers {

    @Produces
    @Singleton
    FsSettings fsSettings(FsConfig fs, AppConfig app) {
        Path root =
                fs.root().orElseGet(() -> DemoWorkspace.extract(app.dataDir().resolve("demo-workspace")));
        return new FsSettings(
                root, fs.maxFileBytes(), fs.maxDepth(), fs.extraRoots().orElse(java.util.List.of()));
    }

    @Produces
    @Singleton
    LuceneIndex luceneIndex(IndexConfig index, AppConfig app) {
        try {
            return new LuceneIndex(index.directory().orElse(app.dataDir().resolve("lucene")));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index", e);
        }
    }

    void closeIndex(@Disposes LuceneIndex index) throws IOException {
        index.close();
    }

    @Produces
    @Singleton
    LuceneSearcher luceneSearcher(LuceneIndex index, IndexingService indexing) {
        // tasks count for the sessions they are linked to when results are grouped by session
        return new LuceneSearcher(index, new SessionLinks(indexing::snapshot));
    }

    @Produces
    @Singleton
    IndexingService indexingService(
            FsSettings settings, LuceneIndex index, MirrorStore mirror, AppConfig app, IndexConfig config) {
        return new IndexingService(
                settings, index, mirror, app.dataDir().resolve("state.snapshot"), config.trustFolderTimes());
    }

    void closeIndexing(@Disposes IndexingService indexing) throws IOException {
        indexing.close();
    }
}
