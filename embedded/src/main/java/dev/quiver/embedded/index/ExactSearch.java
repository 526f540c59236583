package dev.quiver.embedded.index;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/** Brute-force search over every (accepted) row: FLAT, and the fallback when a filter keeps few rows. */
final class ExactSearch {
    /**
     * Below this fraction of accepted rows a graph search is abandoned for a scan, as knowhere does for HNSW when
     * more than 93% of the rows are filtered out.
     */
    static final double SCAN_BELOW_ACCEPTED_FRACTION = 0.07;

    private ExactSearch() {
    }

    static Neighbors search(FloatVectors vectors, IndexMetric metric, float[] query, int k, @Nullable BitSet accept) {
        TopCollector top = new TopCollector(Math.min(k, vectors.count()));
        float norm = IndexMetric.norm(query);
        if (accept == null) {
            for (int row = 0; row < vectors.count(); row++) {
                top.offer(row, metric.similarity(metric.score(query, norm, vectors, row)));
            }
        } else {
            for (int row = accept.nextSetBit(0); row >= 0 && row < vectors.count(); row = accept.nextSetBit(row + 1)) {
                top.offer(row, metric.similarity(metric.score(query, norm, vectors, row)));
            }
        }
        return top.drain(metric);
    }

    /** Whether {@code accept} keeps so few of {@code count} rows that a scan beats the index. */
    static boolean preferScan(@Nullable BitSet accept, int count) {
        return accept != null && accept.cardinality() < SCAN_BELOW_ACCEPTED_FRACTION * count;
    }
}
