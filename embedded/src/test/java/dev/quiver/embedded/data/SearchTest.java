package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.SearchResultData;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchTest extends EngineFixture {
    private static final int ROWS = 300;
    private static final int DIM = 8;
    private final Random random = new Random(42);
    private float[][] vectors;
    private byte[][] bits;
    private List<Map<Integer, Float>> sparse;

    @BeforeEach
    void setUp() {
        start(DataOptions.defaults().withSealRows(100));
        for (String metric : List.of("L2", "IP", "COSINE")) {
            CollectionSchema schema = CollectionSchema.newBuilder()
                    .addFields(pk("id", DataType.Int64, false))
                    .addFields(field("tag", DataType.Int64))
                    .addFields(field("v", DataType.FloatVector, "dim", Integer.toString(DIM)))
                    .build();
            catalog.create("f_" + metric, schema, Map.of("v", metric));
            catalog.load("f_" + metric);
        }
        vectors = new float[ROWS][DIM];
        long[] ids = new long[ROWS];
        long[] tags = new long[ROWS];
        for (int i = 0; i < ROWS; i++) {
            ids[i] = i;
            tags[i] = i % 7;
            for (int j = 0; j < DIM; j++) {
                vectors[i][j] = random.nextFloat() * 2 - 1;
            }
        }
        for (String metric : List.of("L2", "IP", "COSINE")) {
            for (int start = 0; start < ROWS; start += 50) {
                int end = start + 50;
                insert("f_" + metric, Rows.longs("id", java.util.Arrays.copyOfRange(ids, start, end)),
                        Rows.longs("tag", java.util.Arrays.copyOfRange(tags, start, end)),
                        Rows.floatVectors("v", java.util.Arrays.copyOfRange(vectors, start, end)));
            }
        }
    }

    private static double l2(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }

    private static double ip(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double cosine(float[] a, float[] b) {
        return ip(a, b) / Math.sqrt(ip(a, a) * ip(b, b));
    }

    private List<Integer> bruteForce(ToDoubleFunction<Integer> score, boolean descending, int k) {
        Comparator<Integer> order = Comparator.comparingDouble(score);
        return IntStream.range(0, ROWS).boxed().sorted(descending ? order.reversed() : order).limit(k).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"L2", "IP", "COSINE"})
    void floatMetricsMatchBruteForce(String metric) {
        float[] q1 = vectors[17].clone();
        q1[0] += 0.3f;
        float[] q2 = new float[DIM];
        for (int j = 0; j < DIM; j++) {
            q2[j] = random.nextFloat() - 0.5f;
        }
        SearchResultData r = search("f_" + metric, Rows.floatQueries(q1, q2), "", List.of(), "topk", "5")
                .getResults();
        assertThat(r.getNumQueries()).isEqualTo(2);
        assertThat(r.getTopK()).isEqualTo(5);
        assertThat(r.getTopksList()).containsExactly(5L, 5L);
        assertThat(r.getIds().getIntId().getDataCount()).isEqualTo(10);
        float[][] queries = {q1, q2};
        for (int q = 0; q < 2; q++) {
            float[] query = queries[q];
            ToDoubleFunction<Integer> score = switch (metric) {
                case "L2" -> i -> l2(query, vectors[i]);
                case "IP" -> i -> ip(query, vectors[i]);
                default -> i -> cosine(query, vectors[i]);
            };
            List<Integer> expected = bruteForce(score, !metric.equals("L2"), 5);
            for (int k = 0; k < 5; k++) {
                assertThat(r.getIds().getIntId().getData(q * 5 + k)).isEqualTo((long) expected.get(k));
                assertThat((double) r.getScores(q * 5 + k)).isCloseTo(score.applyAsDouble(expected.get(k)),
                        within(1e-4));
            }
        }
    }

    @Test
    void offsetRoundDecimalAndOutputVectors() {
        float[] q = vectors[3];
        SearchResultData all = search("f_L2", Rows.floatQueries(q), "", List.of(), "topk", "6").getResults();
        SearchResultData paged = search("f_L2", Rows.floatQueries(q), "", List.of("v", "tag"), "topk", "3",
                "offset", "3", "round_decimal", "2").getResults();
        assertThat(paged.getIds().getIntId().getDataList())
                .containsExactlyElementsOf(all.getIds().getIntId().getDataList().subList(3, 6));
        for (int i = 0; i < 3; i++) {
            float expected = (float) (Math.floor(all.getScores(3 + i) * 100 + 0.5) / 100);
            assertThat(paged.getScores(i)).isEqualTo(expected);
        }
        assertThat(paged.getOutputFieldsList()).containsExactly("v", "tag");
        assertThat(paged.getFieldsDataList()).hasSize(2);
        long firstId = paged.getIds().getIntId().getData(0);
        List<Float> firstVector = paged.getFieldsData(0).getVectors().getFloatVector().getDataList().subList(0, DIM);
        for (int j = 0; j < DIM; j++) {
            assertThat(firstVector.get(j)).isEqualTo(vectors[(int) firstId][j]);
        }
        assertThat(paged.getFieldsData(1).getScalars().getLongData().getDataList())
                .containsExactly(firstId % 7, paged.getIds().getIntId().getData(1) % 7,
                        paged.getIds().getIntId().getData(2) % 7);
    }

    @Test
    void exactMatchComesFirstAndL2IsSquared() {
        SearchResultData r = search("f_L2", Rows.floatQueries(vectors[42]), "", List.of(), "topk", "1",
                "metric_type", "L2").getResults();
        assertThat(r.getIds().getIntId().getData(0)).isEqualTo(42L);
        assertThat(r.getScores(0)).isZero();
        float[] shifted = vectors[42].clone();
        shifted[0] += 2;
        int nearest = bruteForce(i -> l2(shifted, vectors[i]), false, 1).get(0);
        SearchResultData s = search("f_L2", Rows.floatQueries(shifted), "", List.of(), "topk", "1").getResults();
        assertThat(s.getIds().getIntId().getData(0)).isEqualTo((long) nearest);
        assertThat((double) s.getScores(0)).isCloseTo(l2(shifted, vectors[nearest]), within(1e-4));
    }

    @Test
    void rangeSearchKeepsScoresInsideTheBounds() {
        float[] q = vectors[5];
        SearchResultData r = search("f_L2", Rows.floatQueries(q), "", List.of(), "topk", "100",
                "params", "{\"radius\": 1.5, \"range_filter\": 0.5}").getResults();
        long expected = IntStream.range(0, ROWS).filter(i -> l2(q, vectors[i]) < 1.5 && l2(q, vectors[i]) >= 0.5)
                .count();
        assertThat(r.getTopks(0)).isEqualTo(Math.min(100, expected));
        assertThat(r.getScoresList()).allSatisfy(s -> assertThat(s).isBetween(0.5f, 1.5f));

        SearchResultData ipRange = search("f_IP", Rows.floatQueries(q), "", List.of(), "topk", "100",
                "radius", "0.2", "range_filter", "0.8").getResults();
        assertThat(ipRange.getScoresList()).allSatisfy(s -> assertThat(s).isGreaterThan(0.2f).isLessThanOrEqualTo(0.8f));
        long expectedIp = IntStream.range(0, ROWS).filter(i -> ip(q, vectors[i]) > 0.2 && ip(q, vectors[i]) <= 0.8)
                .count();
        assertThat(ipRange.getTopks(0)).isEqualTo(Math.min(100, expectedIp));
    }

    @Test
    void groupByReturnsBestHitPerGroup() {
        SearchResultData r = search("f_IP", Rows.floatQueries(vectors[0]), "", List.of(), "topk", "3",
                "group_by_field", "tag", "group_size", "2").getResults();
        assertThat(r.getTopks(0)).isEqualTo(6);
        List<Long> groups = r.getGroupByFieldValue().getScalars().getLongData().getDataList();
        assertThat(groups).hasSize(6);
        assertThat(new java.util.HashSet<>(groups)).hasSize(3);
        for (int i = 0; i < 6; i++) {
            assertThat(groups.get(i)).isEqualTo(r.getIds().getIntId().getData(i) % 7);
        }
        int best = bruteForce(i -> ip(vectors[0], vectors[i]), true, 1).get(0);
        assertThat(r.getIds().getIntId().getData(0)).isEqualTo((long) best);
    }

    @Test
    void pkFilterRestrictsCandidates() {
        SearchResultData r = search("f_COSINE", Rows.floatQueries(vectors[9]), "id in [1, 2, 3]", List.of(),
                "topk", "10").getResults();
        assertThat(r.getTopks(0)).isEqualTo(3);
        assertThat(r.getIds().getIntId().getDataList()).containsExactlyInAnyOrder(1L, 2L, 3L);
    }

    @Test
    void parameterErrorsFollowMilvus() {
        var q = Rows.floatQueries(vectors[0]);
        assertError(() -> search("f_L2", q, "", List.of()), 1100, "topk not found in search_params");
        assertError(() -> search("f_L2", q, "", List.of(), "topk", "16385"), 1100, "topk [16385] is invalid");
        assertError(() -> search("f_L2", q, "", List.of(), "topk", "16000", "offset", "1000"), 1100,
                "topk+offset [17000] is invalid");
        assertError(() -> search("f_L2", q, "", List.of(), "topk", "1", "round_decimal", "7"), 1100,
                "round_decimal [7] is invalid, should be -1 or an integer in range [0, 6]");
        assertError(() -> search("f_L2", q, "", List.of(), "topk", "1", "metric_type", "IP"), 1100,
                "metric type not match: invalid parameter[expected=L2][actual=IP]");
        assertError(() -> search("f_L2", Rows.floatQueries(new float[3]), "", List.of(), "topk", "1"), 1100,
                "vector dimension mismatch");
        assertError(() -> search("f_L2", Rows.floatQueries(), "", List.of(), "topk", "1"), 1100, "nq");
    }

    @Test
    void emptyCollectionStillAnswersTopksPerQuery() {
        CollectionSchema schema = CollectionSchema.newBuilder().addFields(pk("id", DataType.VarChar, false,
                "max_length", "8")).addFields(field("v", DataType.FloatVector, "dim", "2")).build();
        catalog.create("empty", schema, Map.of("v", "L2"));
        catalog.load("empty");
        SearchResultData r = search("empty", Rows.floatQueries(new float[] {1, 0}, new float[] {0, 1}), "",
                List.of("v"), "topk", "3").getResults();
        assertThat(r.getTopksList()).containsExactly(0L, 0L);
        assertThat(r.getIds().hasStrId()).isTrue();
        assertThat(r.getFieldsDataList()).hasSize(1);
    }

    @Test
    void binaryFloat16AndSparseMetrics() {
        CollectionSchema schema = CollectionSchema.newBuilder().addFields(pk("id", DataType.Int64, false))
                .addFields(field("b", DataType.BinaryVector, "dim", "16"))
                .addFields(field("h", DataType.Float16Vector, "dim", "2"))
                .addFields(field("bf", DataType.BFloat16Vector, "dim", "2"))
                .addFields(field("s", DataType.SparseFloatVector)).build();
        catalog.create("misc", schema, Map.of("b", "JACCARD", "h", "L2", "bf", "IP", "s", "IP"));
        catalog.load("misc");
        insert("misc", Rows.longs("id", 1, 2, 3),
                Rows.binaryVectors("b", 16, new byte[] {(byte) 0xff, 0}, new byte[] {0x0f, 0}, new byte[] {0, 1}),
                Rows.halfVectors("h", DataType.Float16Vector, 2, Rows.fp16(1, 1), Rows.fp16(2, 2), Rows.fp16(-1, 0.5f)),
                Rows.halfVectors("bf", DataType.BFloat16Vector, 2, Rows.bf16(1, 0), Rows.bf16(0, 1), Rows.bf16(2, 2)),
                Rows.sparseVectors("s", Map.of(1, 1f, 5, 2f), Map.of(5, 3f), Map.of(2, 4f)));

        assertError(() -> search("misc", Rows.byteQueries(PlaceholderType.BinaryVector, new byte[] {0x0f, 0}), "",
                List.of(), "topk", "3", "anns_field", "b", "metric_type", "HAMMING"), 1100, "metric type not match");
        SearchResultData jaccard = search("misc", Rows.byteQueries(PlaceholderType.BinaryVector,
                new byte[] {0x0f, 0}), "", List.of(), "topk", "3", "anns_field", "b").getResults();
        assertThat(jaccard.getIds().getIntId().getDataList()).containsExactly(2L, 1L, 3L);
        assertThat(jaccard.getScoresList()).containsExactly(0f, 0.5f, 1f);

        SearchResultData half = search("misc", Rows.byteQueries(PlaceholderType.Float16Vector, Rows.fp16(2, 2)), "",
                List.of(), "topk", "3", "anns_field", "h").getResults();
        assertThat(half.getIds().getIntId().getDataList()).containsExactly(2L, 1L, 3L);
        assertThat(half.getScoresList()).containsExactly(0f, 2f, 11.25f);

        SearchResultData bf = search("misc", Rows.byteQueries(PlaceholderType.BFloat16Vector, Rows.bf16(1, 0.5f)), "",
                List.of(), "topk", "2", "anns_field", "bf").getResults();
        assertThat(bf.getIds().getIntId().getDataList()).containsExactly(3L, 1L);
        assertThat(bf.getScoresList()).containsExactly(3f, 1f);

        SearchResultData sp = search("misc", Rows.sparseQueries(List.of(Map.of(5, 1f, 2, 0.25f))), "", List.of("s"),
                "topk", "3", "anns_field", "s").getResults();
        assertThat(sp.getIds().getIntId().getDataList()).containsExactly(2L, 1L, 3L);
        assertThat(sp.getScoresList()).containsExactly(3f, 2f, 1f);
        assertThat(sp.getFieldsData(0).getVectors().getSparseFloatVector().getContents(0))
                .isEqualTo(Rows.sparse(Map.of(5, 3f)));
    }

    @Test
    void multipleVectorFieldsNeedAnnsField() {
        CollectionSchema schema = CollectionSchema.newBuilder().addFields(pk("id", DataType.Int64, false))
                .addFields(field("a", DataType.FloatVector, "dim", "2"))
                .addFields(field("b", DataType.FloatVector, "dim", "2")).build();
        catalog.create("two", schema, Map.of("a", "L2", "b", "L2"));
        catalog.load("two");
        assertError(() -> search("two", Rows.floatQueries(new float[] {1, 0}), "", List.of(), "topk", "1"), 1100,
                "multiple anns_fields exist, please specify a anns_field in search_params");
        assertThat(search("two", Rows.floatQueries(new float[] {1, 0}), "", List.of(), "topk", "1", "anns_field", "b")
                .getResults().getTopksList()).containsExactly(0L);
    }
}
