package dev.quiver.embedded.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** IVF_FLAT on 20k clustered vectors: recall grows with nprobe, all lists = exact, filters are honoured. */
class IvfFlatIndexTest {
    private static final FloatVectors VECTORS = TestVectors.clustered(20_000, 32, 64, 3);

    @ParameterizedTest
    @EnumSource(IndexMetric.class)
    void recallGrowsWithNprobeAndAllListsIsExact(IndexMetric metric) {
        VectorIndex index = new VectorIndexes().build(TestVectors.ivf(metric, 64), VECTORS);
        float[][] queries = TestVectors.queries(VECTORS, 50);
        double one = TestVectors.recall(index, VECTORS, queries, new SearchSettings(10, 0, 1), null);
        double eight = TestVectors.recall(index, VECTORS, queries, new SearchSettings(10, 0, 8), null);
        double all = TestVectors.recall(index, VECTORS, queries, new SearchSettings(10, 0, 64), null);
        assertThat(eight).isGreaterThan(one);
        assertThat(all).isGreaterThanOrEqualTo(eight).isEqualTo(1.0);
    }

    @Test
    void filteredRowsNeverAppear() {
        VectorIndex index = new VectorIndexes().build(TestVectors.ivf(IndexMetric.L2, 64), VECTORS);
        BitSet accept = new BitSet();
        for (int row = 1; row < VECTORS.count(); row += 3) {
            accept.set(row);
        }
        for (float[] query : TestVectors.queries(VECTORS, 30)) {
            Neighbors hits = index.search(query, new SearchSettings(10, 0, 16), accept);
            assertThat(hits.size()).isEqualTo(10);
            for (int row : hits.rows()) {
                assertThat(accept.get(row)).isTrue();
            }
        }
    }

    @Test
    void fewerRowsThanListsStillIndexesEveryRow() {
        FloatVectors small = TestVectors.random(20, 8, 5);
        VectorIndex index = new VectorIndexes().build(TestVectors.ivf(IndexMetric.L2, 128), small);
        Neighbors hits = index.search(TestVectors.queries(small, 1)[0], new SearchSettings(50, 0, 128), null);
        assertThat(hits.size()).isEqualTo(20);
    }
}
