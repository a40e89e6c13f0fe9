package org.sessionledger.index.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.sessionledger.fs.scan.FileStamp;
import org.sessionledger.index.db.MirrorUnit;
import org.sessionledger.index.lucene.LuceneIndex;

/** Reads units and hands their documents to Lucene and their rows to the {@link CommitPipeline}. */
final class UnitIndexer {

    private final UnitReader reader;
    private final LuceneIndex lucene;
    private final CommitPipeline pipeline;
    private final ProgressTracker progress;
    private final BooleanSupplier stopping;

    /** @param stopping true once the application shuts down: no further batch is read */
    UnitIndexer(
            UnitReader reader,
            LuceneIndex lucene,
            CommitPipeline pipeline,
            ProgressTracker progress,
            BooleanSupplier stopping) {
        this.reader = reader;
        this.lucene = lucene;
        this.pipeline = pipeline;
        this.progress = progress;
        this.stopping = stopping;
    }

    /**
     * Reads and indexes the changed units and removes the gone ones, waiting until PostgreSQL and the state hold them.
     * With {@code live} the changes are searchable (a near real-time refresh) and committed to Lucene before it
     * returns; otherwise the last Lucene commit runs in the background until the caller's {@link
     * CommitPipeline#finish}. With {@code appendOnly} (the index holds none of these units) documents are added
     * without a delete term.
     * A shutdown stops it between batches: the batches done are committed and recorded (the next start goes on from
     * there), then it throws a {@link CancellationException}.
     */
    void index(
            List<String> changed,
            Map<String, List<FileStamp>> stamps,
            Collection<String> gone,
            boolean live,
            boolean appendOnly) {
        try {
            for (int from = 0; from < changed.size(); from += CommitPipeline.WRITE_BATCH) {
                if (stopping.getAsBoolean()) {
                    throw new CancellationException("Indexing stopped by the shutdown");
                }
                List<String> keys = changed.subList(from, Math.min(changed.size(), from + CommitPipeline.WRITE_BATCH));
                long started = System.nanoTime();
                // parsing, building documents and inverting them are independent per unit: use every core
                List<MirrorUnit> units = keys.parallelStream()
                        .map(key -> add(reader.read(key, stamps.get(key)), appendOnly))
                        .toList();
                progress.time("read and invert", System.nanoTime() - started);
                progress.read(keys.size());
                pipeline.added(units);
            }
            pipeline.added(gone.stream()
                    .map(key -> add(new UnitReader.Read(new MirrorUnit.Removed(key), List.of()), false))
                    .toList());
            if (live) {
                long started = System.nanoTime();
                refresh();
                progress.time("refresh", System.nanoTime() - started);
            }
        } catch (RuntimeException e) {
            try {
                pipeline.finish();
            } catch (RuntimeException also) {
                if (also != e) { // a failed database write is rethrown by both
                    e.addSuppressed(also);
                }
            }
            throw e;
        }
        if (live) {
            pipeline.finish();
        } else {
            pipeline.commitInBackground(); // beside the last rows, links and whatever the caller does next
            pipeline.awaitRows();
        }
    }

    /** Hands the unit's documents to the Lucene writer (no documents: deletes the unit's). */
    private MirrorUnit add(UnitReader.Read read, boolean appendOnly) {
        try {
            if (appendOnly && !read.documents().isEmpty()) {
                lucene.addUnit(read.documents()); // nothing to replace: skips a delete term per unit
            } else {
                lucene.replaceUnit(read.unit().key(), read.documents());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return read.unit();
    }

    /** The units with documents in the index, as of the last refresh. */
    Set<String> units() {
        try {
            return lucene.units();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the documents of units that were in the index ({@code indexed}) but that neither {@code wanted} names
     * nor this sync removed already ({@code removed}).
     */
    void removeOthers(Set<String> indexed, Predicate<String> wanted, Collection<String> removed) {
        try {
            boolean dirty = false;
            for (String unit : indexed) {
                if (!wanted.test(unit) && !removed.contains(unit)) {
                    lucene.replaceUnit(unit, List.of());
                    dirty = true;
                }
            }
            if (dirty) {
                lucene.commit();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes what the writer holds visible to searches. */
    void refresh() {
        try {
            lucene.refresh();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
