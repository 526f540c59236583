package dev.quiver.embedded.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** HNSW recall against the exact answer on 20k random and 20k clustered vectors, for every metric. */
class HnswRecallTest {
    private static final int ROWS = 20_000;
    private static final int DIM = 32;
    private static FloatVectors random;
    private static FloatVectors clustered;

    @BeforeAll
    static void data() {
        random = TestVectors.random(ROWS, DIM, 1);
        clustered = TestVectors.clustered(ROWS, DIM, 50, 2);
    }

    @ParameterizedTest
    @EnumSource(IndexMetric.class)
    void ef64ReachesRecall95OnRandomAndClusteredVectors(IndexMetric metric) {
        VectorIndexes indexes = new VectorIndexes();
        for (FloatVectors vectors : new FloatVectors[] {random, clustered}) {
            VectorIndex index = indexes.build(TestVectors.hnsw(metric, 12, 60), vectors);
            float[][] queries = TestVectors.queries(vectors, 100);
            double low = TestVectors.recall(index, vectors, queries, new SearchSettings(10, 10, 0), null);
            double ef64 = TestVectors.recall(index, vectors, queries, new SearchSettings(10, 64, 0), null);
            double ef256 = TestVectors.recall(index, vectors, queries, new SearchSettings(10, 256, 0), null);
            assertThat(ef64).as("%s recall@10 at ef 64", metric).isGreaterThanOrEqualTo(0.95);
            assertThat(ef256).as("recall grows with ef").isGreaterThanOrEqualTo(ef64);
            assertThat(ef64).as("recall grows with ef").isGreaterThan(low);
        }
    }

    @Test
    void filteredAndDeletedRowsNeverAppear() {
        VectorIndex index = new VectorIndexes().build(TestVectors.hnsw(IndexMetric.L2, 12, 60), clustered);
        float[][] queries = TestVectors.queries(clustered, 50);
        BitSet half = new BitSet(ROWS);
        for (int row = 0; row < ROWS; row += 2) {
            half.set(row);
        }
        BitSet few = new BitSet(ROWS);
        for (int row = 0; row < ROWS; row += 97) {
            few.set(row);
        }
        for (BitSet accept : new BitSet[] {half, few}) {
            for (float[] query : queries) {
                Neighbors hits = index.search(query, new SearchSettings(10, 64, 0), accept);
                assertThat(hits.size()).isEqualTo(10);
                for (int row : hits.rows()) {
                    assertThat(accept.get(row)).as("row %d was not accepted", row).isTrue();
                }
            }
            assertThat(TestVectors.recall(index, clustered, queries, new SearchSettings(10, 64, 0), accept))
                    .isGreaterThanOrEqualTo(0.9);
        }
    }

    @Test
    void scoresAreTheExactMetricScoresBestFirst() {
        VectorIndex index = new VectorIndexes().build(TestVectors.hnsw(IndexMetric.IP, 12, 60), clustered);
        float[] query = TestVectors.queries(clustered, 1)[0];
        Neighbors hits = index.search(query, new SearchSettings(10, 64, 0), null);
        for (int i = 0; i < hits.size(); i++) {
            assertThat(hits.scores()[i]).isEqualTo(IndexMetric.IP.score(query, 0, clustered, hits.rows()[i]));
            if (i > 0) {
                assertThat(hits.scores()[i]).isLessThanOrEqualTo(hits.scores()[i - 1]);
            }
        }
    }
}
