package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FunctionSchema;
import dev.quiver.proto.milvus.FunctionScore;
import dev.quiver.proto.milvus.FunctionType;
import dev.quiver.proto.milvus.HybridSearchRequest;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResultData;
import dev.quiver.proto.milvus.SubSearchRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hybrid search on a six-row fixture whose rankings are known by construction: dense (L2) distances to the origin
 * are 0.01, 0.04, 0.09, 0.16, 0.25, 1 for ids 1..6; sparse (IP) scores against {0: 1} are 0.1, 0.6, 0.5, 0.3, 0.2
 * and 0.9 for ids 1..6 (so the sparse order is 6, 2, 3, 4, 5, 1). Expected fused scores are computed by hand.
 */
class HybridSearchTest extends EngineFixture {
    private static final float[] Q_DENSE = {0f, 0f};
    private static final Map<Integer, Float> Q_SPARSE = Map.of(0, 1f);

    @BeforeEach
    void setUp() {
        start();
        CollectionSchema schema = CollectionSchema.newBuilder()
                .addFields(pk("id", DataType.Int64, false))
                .addFields(field("tag", DataType.Int64))
                .addFields(field("dense", DataType.FloatVector, "dim", "2"))
                .addFields(field("sparse", DataType.SparseFloatVector))
                .build();
        catalog.create("h", schema, Map.of("dense", "L2", "sparse", "IP"));
        catalog.load("h");
        insert("h", Rows.longs("id", 1, 2, 3, 4, 5, 6), Rows.longs("tag", 1, 0, 1, 0, 1, 0),
                Rows.floatVectors("dense", new float[] {0.1f, 0}, new float[] {0.2f, 0}, new float[] {0.3f, 0},
                        new float[] {0.4f, 0}, new float[] {0.5f, 0}, new float[] {1f, 0}),
                Rows.sparseVectors("sparse", Map.of(0, 0.1f), Map.of(0, 0.6f), Map.of(0, 0.5f), Map.of(0, 0.3f),
                        Map.of(0, 0.2f), Map.of(0, 0.9f)));
    }

    private static SearchRequest dense(int limit, String filter) {
        return SearchRequest.newBuilder().setDsl(filter).setPlaceholderGroup(Rows.floatQueries(Q_DENSE))
                .addAllSearchParams(Rows.params("anns_field", "dense", "topk", Integer.toString(limit),
                        "metric_type", "L2", "params", "{}"))
                .setNq(1).build();
    }

    private static SearchRequest sparse(int limit) {
        ByteString queries = Rows.sparseQueries(List.of(Q_SPARSE));
        return SearchRequest.newBuilder().setPlaceholderGroup(queries)
                .addAllSearchParams(Rows.params("anns_field", "sparse", "topk", Integer.toString(limit)))
                .setNq(1).build();
    }

    private HybridSearchRequest.Builder hybrid(String... rankParams) {
        return HybridSearchRequest.newBuilder().setCollectionName("h").addAllRankParams(Rows.params(rankParams));
    }

    private SearchResultData run(HybridSearchRequest.Builder request) {
        return engine.hybridSearch(DB, request.build()).getResults();
    }

    private static List<Long> ids(SearchResultData data) {
        return data.getIds().getIntId().getDataList();
    }

    private static List<Float> scores(SearchResultData data) {
        return data.getScoresList();
    }

    /** The plain search answer of one sub-request: the scores weighted fusion starts from. */
    private Map<Long, Float> subScores(SearchRequest sub) {
        SearchResultData data = engine.search(DB, sub.toBuilder().setCollectionName("h").build()).getResults();
        Map<Long, Float> out = new java.util.HashMap<>();
        for (int i = 0; i < data.getScoresCount(); i++) {
            out.put(data.getIds().getIntId().getData(i), data.getScores(i));
        }
        return out;
    }

    @Test
    void rrfFusesRanksWithKSixtyByDefault() {
        SearchResultData data = run(hybrid("limit", "10").addRequests(dense(3, "")).addRequests(sparse(3)));
        // dense ranks: 1, 2, 3; sparse ranks: 6, 2, 3
        assertThat(ids(data)).containsExactly(2L, 3L, 1L, 6L);
        assertThat(scores(data)).containsExactly(1f / 62f + 1f / 62f, 1f / 63f + 1f / 63f, 1f / 61f, 1f / 61f);
        assertThat(data.getTopksList()).containsExactly(4L);
        assertThat(data.getTopK()).isEqualTo(10);
    }

    @Test
    void rrfHonoursKAndBothRerankForms() {
        SearchResultData legacy = run(hybrid("limit", "2", "strategy", "rrf", "params", "{\"k\": 10}")
                .addRequests(dense(4, "")).addRequests(sparse(4)));
        // dense 1,2,3,4; sparse 6,2,3,4: id2 = 1/12 + 1/12, id3 = 1/13 + 1/13
        assertThat(ids(legacy)).containsExactly(2L, 3L);
        assertThat(scores(legacy)).containsExactly(1f / 12f + 1f / 12f, 1f / 13f + 1f / 13f);

        SearchResultData function = run(hybrid("limit", "2").setFunctionScore(function("rrf", "k", "10"))
                .addRequests(dense(4, "")).addRequests(sparse(4)));
        assertThat(function).isEqualTo(legacy);
    }

    @Test
    void weightedWithNormalisationUsesMilvusPerMetricFormulas() {
        SearchRequest dense = dense(6, "");
        SearchRequest sparse = sparse(6);
        Map<Long, Float> d = subScores(dense);
        Map<Long, Float> s = subScores(sparse);
        SearchResultData data = run(hybrid("limit", "6", "strategy", "weighted",
                "params", "{\"weights\": [0.7, 0.3], \"norm_score\": true}").addRequests(dense).addRequests(sparse));
        List<Long> expectedOrder = new ArrayList<>(List.of(1L, 2L, 3L, 4L, 5L, 6L));
        Map<Long, Float> expected = new java.util.HashMap<>();
        for (long id : expectedOrder) {
            // L2: 1 - 2 atan(d) / pi; IP: 1/2 + atan(s) / pi; summed in float32 in request order
            float l2 = 1.0f - 2f * (float) Math.atan(d.get(id)) / (float) Math.PI;
            float ip = 0.5f + (float) Math.atan(s.get(id)) / (float) Math.PI;
            expected.put(id, 0.7f * l2 + 0.3f * ip);
        }
        expectedOrder.sort((a, b) -> Float.compare(expected.get(b), expected.get(a)));
        assertThat(ids(data)).containsExactlyElementsOf(expectedOrder);
        for (int i = 0; i < 6; i++) {
            assertThat(data.getScores(i)).isEqualTo(expected.get(expectedOrder.get(i)));
        }
        // a spot check against a value worked out on paper: id 1 has d = 0.01, s = 0.1
        assertThat((double) expected.get(1L)).isCloseTo(0.7 * (1 - 2 * Math.atan(0.01) / Math.PI)
                + 0.3 * (0.5 + Math.atan(0.1) / Math.PI), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void weightedWithoutNormalisationMapsOnlyTheDistancesWhenMetricsAreMixed() {
        SearchRequest dense = dense(6, "");
        SearchRequest sparse = sparse(6);
        Map<Long, Float> d = subScores(dense);
        Map<Long, Float> s = subScores(sparse);
        SearchResultData data = run(hybrid("limit", "3").setFunctionScore(function("weighted",
                "weights", "[0.5, 0.5]")).addRequests(dense).addRequests(sparse));
        Map<Long, Float> expected = new java.util.HashMap<>();
        for (long id = 1; id <= 6; id++) {
            float l2 = 1.0f - 2f * (float) Math.atan(d.get(id)) / (float) Math.PI;
            expected.put(id, 0.5f * l2 + 0.5f * s.get(id));
        }
        List<Long> order = new ArrayList<>(expected.keySet());
        order.sort((a, b) -> Float.compare(expected.get(b), expected.get(a)));
        assertThat(ids(data)).containsExactlyElementsOf(order.subList(0, 3));
        for (int i = 0; i < 3; i++) {
            assertThat(data.getScores(i)).isEqualTo(expected.get(order.get(i)));
        }
    }

    @Test
    void weightedOverDistancesOnlySortsAscendingOnRawScores() {
        SearchRequest near = dense(3, "");
        SearchRequest filtered = dense(3, "id > 2");
        Map<Long, Float> a = subScores(near);
        Map<Long, Float> b = subScores(filtered);
        assertThat(a.keySet()).containsExactlyInAnyOrder(1L, 2L, 3L);
        assertThat(b.keySet()).containsExactlyInAnyOrder(3L, 4L, 5L);
        SearchResultData data = run(hybrid("limit", "5", "strategy", "weighted", "params", "{\"weights\": [1, 0.5]}")
                .addRequests(near).addRequests(filtered));
        // id3 is in both lists: 1 * 0.09 + 0.5 * 0.09; smaller fused distance ranks first
        float id3 = 1f * a.get(3L) + 0.5f * b.get(3L);
        // fused: 1 -> 0.01, 2 -> 0.04, 4 -> 0.08, 5 -> 0.125, 3 -> 0.135
        assertThat(ids(data)).containsExactly(1L, 2L, 4L, 5L, 3L);
        assertThat(scores(data)).containsExactly(1f * a.get(1L), 1f * a.get(2L), 0.5f * b.get(4L),
                0.5f * b.get(5L), id3);
    }

    @Test
    void offsetRoundDecimalAndOutputFieldsApplyToTheFusedList() {
        SearchResultData data = run(hybrid("limit", "2", "offset", "1", "round_decimal", "3")
                .addOutputFields("tag").addRequests(dense(3, "")).addRequests(sparse(3)));
        assertThat(ids(data)).containsExactly(3L, 1L);
        assertThat(scores(data)).containsExactly(0.032f, 0.016f);
        assertThat(data.getOutputFieldsList()).containsExactly("tag");
        assertThat(data.getFieldsData(0).getScalars().getLongData().getDataList()).containsExactly(1L, 1L);
    }

    @Test
    void groupByRanksGroupsOfTheFusedList() {
        SearchResultData data = run(hybrid("limit", "1", "group_by_field", "tag", "group_size", "2")
                .addRequests(dense(6, "")).addRequests(sparse(6)));
        // The sub-searches run grouped (group_size 2), their lists group by group: dense 1, 3 (tag 1), 2, 4 (tag 0);
        // sparse 6, 2 (tag 0), 3, 5 (tag 1). RRF: id2 = 1/63 + 1/62 = id3 = 1/62 + 1/63, id1 = id6 = 1/61,
        // id4 = id5 = 1/64; ties go to the smaller id: 2, 3, 1, 6, 4, 5. Groups: tag 0 = [2, 6], tag 1 = [3, 1],
        // equal max and size, so the group whose first id is smaller (tag 0) ranks first.
        assertThat(ids(data)).containsExactly(2L, 6L);
        assertThat(scores(data)).containsExactly(1f / 63f + 1f / 62f, 1f / 61f);
        assertThat(data.getGroupByFieldValue().getScalars().getLongData().getDataList()).containsExactly(0L, 0L);
        assertThat(data.getTopK()).isEqualTo(2);
    }

    @Test
    void searchWithSubRequestsIsTheSameHybridSearch() {
        HybridSearchRequest hybrid = hybrid("limit", "3", "strategy", "rrf", "params", "{\"k\": 60}")
                .addRequests(dense(3, "id > 1")).addRequests(sparse(3)).build();
        SearchRequest.Builder search = SearchRequest.newBuilder().setCollectionName("h")
                .addAllSearchParams(hybrid.getRankParamsList());
        for (SearchRequest sub : hybrid.getRequestsList()) {
            search.addSubReqs(SubSearchRequest.newBuilder().setDsl(sub.getDsl())
                    .setPlaceholderGroup(sub.getPlaceholderGroup()).addAllSearchParams(sub.getSearchParamsList())
                    .setNq(1));
        }
        SearchResultData viaSearch = engine.search(DB, search.build()).getResults();
        assertThat(viaSearch).isEqualTo(engine.hybridSearch(DB, hybrid).getResults());
        // dense with id > 1: 2, 3, 4; sparse: 6, 2, 3
        assertThat(ids(viaSearch)).containsExactly(2L, 3L, 6L);
    }

    @Test
    void severalQueriesFuseIndependently() {
        SearchRequest twoDense = SearchRequest.newBuilder()
                .setPlaceholderGroup(Rows.floatQueries(Q_DENSE, new float[] {1f, 0f}))
                .addAllSearchParams(Rows.params("anns_field", "dense", "topk", "2")).setNq(2).build();
        SearchRequest twoSparse = SearchRequest.newBuilder()
                .setPlaceholderGroup(Rows.sparseQueries(List.of(Q_SPARSE, Map.of(0, 1f))))
                .addAllSearchParams(Rows.params("anns_field", "sparse", "topk", "2")).setNq(2).build();
        SearchResultData data = run(hybrid("limit", "2").addRequests(twoDense).addRequests(twoSparse));
        assertThat(data.getNumQueries()).isEqualTo(2);
        assertThat(data.getTopksList()).containsExactly(2L, 2L);
        // query 1: dense 1, 2; sparse 6, 2 -> 2 first; then 1 and 6 tie at 1/61, smaller id first
        // query 2: dense 6, 5; sparse 6, 2 -> 6 = 2/61, then 5 and 2 tie at 1/62 -> 2
        assertThat(ids(data)).containsExactly(2L, 1L, 6L, 2L);
    }

    /** The request pymilvus's MilvusClient.hybrid_search builds (rank params and sub-requests as strings). */
    @Test
    void pymilvusShapedRequestWithWeightedRankerAndNormScore() {
        SearchRequest dense = SearchRequest.newBuilder().setPlaceholderGroup(Rows.floatQueries(Q_DENSE))
                .addAllSearchParams(Rows.params("anns_field", "dense", "topk", "6", "metric_type", "L2",
                        "params", "{\"nprobe\": 10}", "round_decimal", "-1", "ignore_growing", "False"))
                .setNq(1).build();
        SearchRequest sparse = SearchRequest.newBuilder().setPlaceholderGroup(Rows.sparseQueries(List.of(Q_SPARSE)))
                .addAllSearchParams(Rows.params("anns_field", "sparse", "topk", "6", "metric_type", "IP",
                        "params", "{}", "round_decimal", "-1", "ignore_growing", "False"))
                .setNq(1).build();
        SearchResultData data = run(hybrid("strategy", "weighted",
                "params", "{\"weights\": [0.7, 0.3], \"norm_score\": true}", "limit", "2", "round_decimal", "-1",
                "offset", "0").addRequests(dense).addRequests(sparse));
        Map<Long, Float> d = subScores(dense);
        Map<Long, Float> s = subScores(sparse);
        // id 2 (0.04, 0.6) and id 1 (0.01, 0.1) have the two best normalised sums
        assertThat(ids(data)).containsExactly(2L, 1L);
        for (int i = 0; i < 2; i++) {
            long id = ids(data).get(i);
            float l2 = 1.0f - 2f * (float) Math.atan(d.get(id)) / (float) Math.PI;
            float ip = 0.5f + (float) Math.atan(s.get(id)) / (float) Math.PI;
            assertThat(data.getScores(i)).isEqualTo(0.7f * l2 + 0.3f * ip);
        }
    }

    @Test
    void rejectsWhatMilvusRejects() {
        assertError(() -> run(hybrid().addRequests(dense(3, ""))), 65535, "limit not found in rank_params");
        assertError(() -> run(hybrid("limit", "16000", "offset", "1000").addRequests(dense(3, ""))), 65535,
                "(offset+limit) should be in range [1, 16384], but got 17000");
        assertError(() -> run(hybrid("limit", "3", "strategy", "weighted", "params", "{\"weights\": [1]}")
                .addRequests(dense(3, "")).addRequests(sparse(3))), 1100,
                "the length of weights param mismatch with ann search requests: invalid parameter[expected=2]"
                + "[actual=1]");
        assertError(() -> run(hybrid("limit", "3", "strategy", "weighted", "params", "{\"weights\": [1.5, 0]}")
                .addRequests(dense(3, "")).addRequests(sparse(3))), 65535, "rank param weight should be in range [0, 1]");
        assertError(() -> run(hybrid("limit", "3", "strategy", "rrf", "params", "{\"k\": 0}")
                .addRequests(dense(3, ""))), 65535, "The rank params k should be in range (0, 16384)");
        assertError(() -> run(hybrid("limit", "3", "strategy", "bm25", "params", "{}")
                .addRequests(dense(3, ""))), 65535, "unsupported rank type bm25");
        assertError(() -> run(hybrid("limit", "3", "round_decimal", "7").addRequests(dense(3, ""))), 65535,
                "round_decimal [7] is invalid, should be -1 or an integer in range [0, 6]");
        assertError(() -> run(hybrid("limit", "3").setFunctionScore(function("decay", "origin", "0"))
                .addRequests(dense(3, ""))), 10, "decay rerank function is not supported");
        assertError(() -> run(hybrid("limit", "3").setFunctionScore(function("cohere"))
                .addRequests(dense(3, ""))), 65535, "Unsupported rerank function: [cohere]");
        assertError(() -> run(hybrid("limit", "3")), 1100, "at least one ann search request");
        assertError(() -> run(hybrid("limit", "3", "group_by_field", "nope").addRequests(dense(3, ""))), 1700,
                "groupBy field not found in schema");
        // a sub-request's own errors surface unchanged
        assertError(() -> run(hybrid("limit", "3").addRequests(dense(3, "").toBuilder().clearSearchParams()
                .addAllSearchParams(Rows.params("anns_field", "nope", "topk", "3")))), 1700, "fieldName(nope)");
    }

    @Test
    void aSingleSearchWithAFunctionScoreIsRefusedRatherThanIgnored() {
        assertError(() -> engine.search(DB, dense(3, "").toBuilder().setCollectionName("h")
                .setFunctionScore(function("rrf")).build()), 10, "function_score is not supported");
    }

    private static FunctionScore function(String reranker, String... params) {
        FunctionSchema.Builder function = FunctionSchema.newBuilder().setName("ranker").setType(FunctionType.Rerank)
                .addAllParams(Rows.params("reranker", reranker));
        function.addAllParams(Rows.params(params));
        return FunctionScore.newBuilder().addFunctions(function).build();
    }
}
