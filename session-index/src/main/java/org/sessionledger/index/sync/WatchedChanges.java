package org.sessionledger.index.sync;

import java.util.function.Consumer;
import org.jboss.logging.Logger;
import org.sessionledger.fs.watch.WorkspaceWatcher;

/** Hands the watcher's batches to the indexer; a failure is logged, and the next change or a restart tries again. */
record WatchedChanges(IndexingService indexing) implements Consumer<WorkspaceWatcher.Changes> {

    private static final Logger LOG = Logger.getLogger(IndexingService.class);

    @Override
    public void accept(WorkspaceWatcher.Changes changes) {
        try {
            if (changes.rescanAll()) {
                indexing.fullSync(false);
            } else {
                indexing.apply(changes.paths());
            }
        } catch (RuntimeException e) {
            if (indexing.isStopping()) {
                LOG.info("File changes left to the next start: shutting down");
            } else {
                LOG.error("Could not apply file changes; the next change or restart retries", e);
            }
        }
    }
}
