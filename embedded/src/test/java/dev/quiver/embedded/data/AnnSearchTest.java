package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.catalog.IndexProgress;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.SearchResults;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Search on sealed segments through their ANN index (memory mode): recall, filters, deletes, progress. */
class AnnSearchTest extends EngineFixture {
    private static final int DIM = 32;

    private static CollectionSchema schema() {
        return CollectionSchema.newBuilder()
                .addFields(pk("id", DataType.Int64, false))
                .addFields(field("tag", DataType.Int64))
                .addFields(field("v", DataType.FloatVector, "dim", Integer.toString(DIM)))
                .build();
    }

    /** Clustered vectors: 64 centres, points spread around them; row i has id i and tag i % 10. */
    static float[][] vectors(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] centres = new float[64][DIM];
        for (float[] c : centres) {
            for (int d = 0; d < DIM; d++) {
                c[d] = (float) random.nextDouble(-1, 1);
            }
        }
        float[][] out = new float[rows][DIM];
        for (int r = 0; r < rows; r++) {
            float[] c = centres[random.nextInt(centres.length)];
            for (int d = 0; d < DIM; d++) {
                out[r][d] = c[d] + (float) random.nextGaussian() * 0.25f;
            }
        }
        return out;
    }

    private void insertAll(float[][] vectors) {
        insertAll(vectors, 5_000);
    }

    private void insertAll(float[][] vectors, int batch) {
        for (int start = 0; start < vectors.length; start += batch) {
            int end = Math.min(vectors.length, start + batch);
            long[] ids = new long[end - start];
            long[] tags = new long[end - start];
            for (int i = start; i < end; i++) {
                ids[i - start] = i;
                tags[i - start] = i % 10;
            }
            insert("c", Rows.longs("id", ids), Rows.longs("tag", tags),
                    Rows.floatVectors("v", java.util.Arrays.copyOfRange(vectors, start, end)));
        }
    }

    private void flush() {
        engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("c").build());
    }

    private IndexInfo createIndex(String type, String metric, String... params) throws InterruptedException {
        IndexInfo index = catalog.setIndex("c", "v", type, metric, params);
        engine.awaitIndexBuilds();
        return index;
    }

    private static List<Long> ids(SearchResults results) {
        return results.getResults().getIds().getIntId().getDataList();
    }

    /** The exact top-k ids for a metric. */
    private static List<Long> exact(float[][] vectors, float[] q, String metric, int k, java.util.function.LongPredicate keep) {
        List<long[]> scored = new ArrayList<>();
        List<Float> scores = new ArrayList<>();
        for (int r = 0; r < vectors.length; r++) {
            if (keep.test(r)) {
                scored.add(new long[] {r});
                scores.add(score(metric, q, vectors[r]));
            }
        }
        Integer[] order = new Integer[scored.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        boolean higher = !metric.equals("L2");
        java.util.Arrays.sort(order, (a, b) -> higher ? Float.compare(scores.get(b), scores.get(a))
                : Float.compare(scores.get(a), scores.get(b)));
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < Math.min(k, order.length); i++) {
            out.add(scored.get(order[i])[0]);
        }
        return out;
    }

    private static float score(String metric, float[] q, float[] v) {
        double dot = 0;
        double l2 = 0;
        double nq = 0;
        double nv = 0;
        for (int d = 0; d < q.length; d++) {
            dot += q[d] * v[d];
            l2 += (q[d] - v[d]) * (q[d] - v[d]);
            nq += q[d] * q[d];
            nv += v[d] * v[d];
        }
        return (float) switch (metric) {
            case "L2" -> l2;
            case "IP" -> dot;
            default -> dot / Math.sqrt(nq * nv);
        };
    }

    private double recall(float[][] vectors, float[][] queries, String metric, String ef) {
        int hits = 0;
        for (float[] q : queries) {
            SearchResults results = search("c", Rows.floatQueries(q), "", List.of(), "topk", "10", "metric_type",
                    metric, "params", "{\"ef\": " + ef + "}");
            Set<Long> truth = new HashSet<>(exact(vectors, q, metric, 10, r -> true));
            for (long id : ids(results)) {
                if (truth.contains(id)) {
                    hits++;
                }
            }
        }
        return hits / (10.0 * queries.length);
    }

    @ParameterizedTest
    @ValueSource(strings = {"L2", "IP", "COSINE"})
    void hnswRecallThroughTheEngineAtEf64(String metric) throws InterruptedException {
        start();
        catalog.create("c", schema(), Map.of());
        catalog.load("c");
        float[][] generated = vectors(20_040, 7);
        float[][] vectors = java.util.Arrays.copyOf(generated, 20_000);
        // queries from the same distribution, not in the collection
        float[][] queries = java.util.Arrays.copyOfRange(generated, 20_000, 20_040);
        insertAll(vectors);
        flush();
        IndexInfo index = createIndex("HNSW", metric, "M", "16", "efConstruction", "100");

        assertThat(engine.indexBuilds()).isEqualTo(1);
        IndexProgress progress = engine.indexProgress(catalog.get("c").id(), index);
        assertThat(progress).isEqualTo(new IndexProgress(20_000, 20_000, 0));
        double atEf64 = recall(vectors, queries, metric, "64");
        double atEf10 = recall(vectors, queries, metric, "10");
        assertThat(atEf64).as("recall@10 at ef 64").isGreaterThanOrEqualTo(0.95);
        assertThat(atEf64).as("recall grows with ef").isGreaterThanOrEqualTo(atEf10);
    }

    @Test
    void filtersAndDeletesNeverReturnExcludedRowsOnAnIndexedSegment() throws InterruptedException {
        start();
        catalog.create("c", schema(), Map.of());
        catalog.load("c");
        float[][] vectors = vectors(6_000, 3);
        insertAll(vectors);
        flush();
        createIndex("HNSW", "L2", "M", "8", "efConstruction", "64");
        delete("c", "id % 3 == 0");
        float[][] queries = vectors(20, 11);
        for (float[] q : queries) {
            SearchResults filtered = search("c", Rows.floatQueries(q), "tag in [2, 4, 5]", List.of(), "topk", "10",
                    "metric_type", "L2", "params", "{\"ef\": 64}");
            assertThat(ids(filtered)).hasSize(10)
                    .allSatisfy(id -> assertThat(id % 3).as("deleted row %d", id).isNotZero())
                    .allSatisfy(id -> assertThat(id % 10).as("filtered-out row %d", id).isIn(2L, 4L, 5L));
            // a filter keeping under 7% of the rows scans them exactly: the answer is the exact one
            SearchResults selective = search("c", Rows.floatQueries(q), "id < 300", List.of(), "topk", "10",
                    "metric_type", "L2", "params", "{\"ef\": 16}");
            assertThat(ids(selective)).isEqualTo(exact(vectors, q, "L2", 10, r -> r < 300 && r % 3 != 0));
        }
    }

    @Test
    void severalQueriesOffsetAndSearchParameterChecksOnAnIndexedSegment() throws InterruptedException {
        start();
        catalog.create("c", schema(), Map.of());
        catalog.load("c");
        float[][] vectors = vectors(3_000, 5);
        insertAll(vectors);
        flush();
        createIndex("HNSW", "L2", "M", "16", "efConstruction", "100");
        float[][] queries = {vectors[10], vectors[1010], vectors[2010]};
        SearchResults results = search("c", Rows.floatQueries(queries), "", List.of(), "topk", "5", "offset", "2",
                "metric_type", "L2", "params", "{\"ef\": 200}");
        assertThat(results.getResults().getTopksList()).containsExactly(5L, 5L, 5L);
        List<Long> all = ids(results);
        for (int q = 0; q < queries.length; q++) {
            assertThat(all.subList(q * 5, q * 5 + 5))
                    .isEqualTo(exact(vectors, queries[q], "L2", 7, r -> true).subList(2, 7));
        }
        assertError(() -> search("c", Rows.floatQueries(queries[0]), "", List.of(), "topk", "10", "metric_type",
                "L2", "params", "{\"ef\": 5}"), 1100, "ef(5) should be larger than k(10)");
    }

    @Test
    void rangeAndGroupingSearchKeepTheirAnswersOnIndexedSegments() throws InterruptedException {
        start();
        catalog.create("c", schema(), Map.of());
        catalog.load("c");
        float[][] vectors = vectors(2_000, 13);
        insertAll(vectors);
        flush();
        float[] q = vectors[17];
        SearchResults rangeBefore = search("c", Rows.floatQueries(q), "", List.of(), "topk", "50", "metric_type",
                "L2", "params", "{\"radius\": 2.0}");
        SearchResults groupedBefore = search("c", Rows.floatQueries(q), "", List.of(), "topk", "5", "metric_type",
                "L2", "group_by_field", "tag");
        createIndex("IVF_FLAT", "L2", "nlist", "16");
        assertThat(engine.indexBuilds()).isEqualTo(1);
        SearchResults rangeAfter = search("c", Rows.floatQueries(q), "", List.of(), "topk", "50", "metric_type",
                "L2", "params", "{\"radius\": 2.0, \"nprobe\": 4}");
        SearchResults groupedAfter = search("c", Rows.floatQueries(q), "", List.of(), "topk", "5", "metric_type",
                "L2", "group_by_field", "tag");
        assertThat(ids(rangeAfter)).isEqualTo(ids(rangeBefore));
        assertThat(ids(groupedAfter)).isEqualTo(ids(groupedBefore));
    }

    @Test
    void progressCountsFlushedSegmentsAndCompactionRebuilds() throws InterruptedException {
        start(new DataOptions(1_000, Long.MAX_VALUE, false));
        catalog.create("c", schema(), Map.of());
        catalog.load("c");
        IndexInfo index = createIndex("HNSW", "COSINE", "M", "8", "efConstruction", "32");
        float[][] vectors = vectors(2_500, 21);
        insertAll(vectors, 500);
        engine.awaitIndexBuilds();
        long collection = catalog.get("c").id();
        // two segments sealed at 1000 rows are indexed; the 500 growing rows are not counted, as in Milvus
        assertThat(engine.indexProgress(collection, index)).isEqualTo(new IndexProgress(2_000, 2_000, 0));
        assertThat(engine.indexBuilds()).isEqualTo(2);
        flush();
        engine.awaitIndexBuilds();
        assertThat(engine.indexProgress(collection, index)).isEqualTo(new IndexProgress(2_500, 2_500, 0));
        delete("c", "id < 100");
        engine.manualCompaction(DB, ManualCompactionRequest.newBuilder().setCollectionName("c").build());
        engine.awaitIndexBuilds();
        assertThat(engine.indexBuilds()).isEqualTo(4);
        assertThat(engine.indexProgress(collection, index)).isEqualTo(new IndexProgress(2_400, 2_400, 0));
        SearchResults results = search("c", Rows.floatQueries(vectors[5], vectors[1500]), "", List.of(), "topk",
                "3", "metric_type", "COSINE");
        assertThat(ids(results).subList(0, 3)).doesNotContain(5L);
        assertThat(ids(results).get(3)).isEqualTo(1500L);
    }
}
