package org.sessionledger.web.config;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.sessionledger.fs.FsSettings;
import org.sessionledger.index.db.Mirror;
import org.sessionledger.index.db.MirrorStore;
import org.sessionledger.index.lucene.LuceneIndex;
import org.sessionledger.index.lucene.LuceneSearcher;
import org.sessionledger.index.sync.IndexingService;
import org.sessionledger.web.project.ProjectRegistry;

/**
 * The default project's parts, for code that works on one workspace (tools, tests); the app itself reaches each
 * project's parts through {@link org.sessionledger.web.workspace.WorkspaceService}. The registry closes them.
 */
public class IndexProducers {

    @Produces
    @Singleton
    FsSettings fsSettings(ProjectRegistry projects) {
        return projects.primary().settings();
    }

    @Produces
    @Singleton
    LuceneIndex luceneIndex(ProjectRegistry projects) {
        return projects.primary().lucene();
    }

    @Produces
    @Singleton
    LuceneSearcher luceneSearcher(ProjectRegistry projects) {
        return projects.primary().searcher();
    }

    @Produces
    @Singleton
    IndexingService indexingService(ProjectRegistry projects) {
        return projects.primary().indexing();
    }

    @Produces
    @Singleton
    Mirror mirror(ProjectRegistry projects, MirrorStore store) {
        return store.forProject(projects.primaryName());
    }
}
