package org.sessionledger.index.lucene;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.IndexSearcher.LeafReaderContextPartition;
import org.apache.lucene.search.IndexSearcher.LeafSlice;

/**
 * Slices of about equal document counts, one per search thread: each segment, largest first, goes to the slice that
 * holds the fewest documents so far. Lucene's default puts up to five segments in a slice, which on an index of a few
 * hundred thousand documents leaves one slice with most of them and the other cores idle while it is searched.
 */
final class BalancedSlices {

    private BalancedSlices() {}

    /** A searcher over {@code reader} whose slices are balanced for {@code threads} search threads. */
    static IndexSearcher searcher(IndexReader reader, Executor executor, int threads) {
        return new IndexSearcher(reader, executor) {
            @Override
            protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
                return of(leaves, threads);
            }
        };
    }

    static LeafSlice[] of(List<LeafReaderContext> leaves, int threads) {
        int count = Math.max(1, Math.min(threads, leaves.size()));
        List<List<LeafReaderContextPartition>> slices = new ArrayList<>(count);
        long[] docs = new long[count];
        for (int i = 0; i < count; i++) {
            slices.add(new ArrayList<>());
        }
        List<LeafReaderContext> largestFirst = new ArrayList<>(leaves);
        largestFirst.sort(Comparator.comparingInt(
                        (LeafReaderContext leaf) -> leaf.reader().maxDoc())
                .reversed());
        for (LeafReaderContext leaf : largestFirst) {
            int least = 0;
            for (int i = 1; i < count; i++) {
                if (docs[i] < docs[least]) {
                    least = i;
                }
            }
            slices.get(least).add(LeafReaderContextPartition.createForEntireSegment(leaf));
            docs[least] += leaf.reader().maxDoc();
        }
        return slices.stream()
                .filter(slice -> !slice.isEmpty())
                .map(LeafSlice::new)
                .toArray(LeafSlice[]::new);
    }
}
