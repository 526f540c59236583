package dev.quiver.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import io.milvus.v2.service.vector.request.AnnSearchReq;
import io.milvus.v2.service.vector.request.FunctionScore;
import io.milvus.v2.service.vector.request.HybridSearchReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.data.BaseVector;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.request.data.SparseFloatVec;
import io.milvus.v2.service.vector.request.ranker.DecayRanker;
import io.milvus.v2.service.vector.request.ranker.RRFRanker;
import io.milvus.v2.service.vector.request.ranker.WeightedRanker;
import io.milvus.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK's {@code hybridSearch} (2.6.22) against {@code quiver serve}: both ranker forms it sends
 * (the legacy {@code rank_params} of {@code RRFRanker}/{@code WeightedRanker}, and a {@code FunctionScore}), with
 * per-request filters and limits, output fields, offset and round_decimal. Fixture: dense (L2) distances to the
 * origin grow with the id (1..6); sparse (IP) scores against {0: 1} rank ids 6, 2, 3, 4, 5, 1.
 */
class JavaSdkHybridSearchIT {
    private static final String COLLECTION = "hybrid_fixture";
    private static final float[] DENSE_X = {0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 1f};
    private static final float[] SPARSE_0 = {0.1f, 0.6f, 0.5f, 0.3f, 0.2f, 0.9f};
    private static QuiverServe server;
    private MilvusClientV2 client;

    @BeforeAll
    static void start() throws Exception {
        server = QuiverServe.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void createFixture() {
        client = new MilvusClientV2(ConnectConfig.builder().uri(server.uri()).build());
        CreateCollectionReq.CollectionSchema schema = CreateCollectionReq.CollectionSchema.builder().build();
        schema.addField(AddFieldReq.builder().fieldName("id").dataType(DataType.Int64).isPrimaryKey(true).build());
        schema.addField(AddFieldReq.builder().fieldName("tag").dataType(DataType.Int64).build());
        schema.addField(AddFieldReq.builder().fieldName("dense").dataType(DataType.FloatVector).dimension(2).build());
        schema.addField(AddFieldReq.builder().fieldName("sparse").dataType(DataType.SparseFloatVector).build());
        List<IndexParam> indexes = List.of(
                IndexParam.builder().fieldName("dense").indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2).build(),
                IndexParam.builder().fieldName("sparse").indexType(IndexParam.IndexType.SPARSE_INVERTED_INDEX)
                        .metricType(IndexParam.MetricType.IP).build());
        client.createCollection(CreateCollectionReq.builder().collectionName(COLLECTION).collectionSchema(schema)
                .indexParams(indexes).build());
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i + 1);
            row.addProperty("tag", (i + 1) % 2);
            JsonArray dense = new JsonArray();
            dense.add(DENSE_X[i]);
            dense.add(0f);
            row.add("dense", dense);
            JsonObject sparse = new JsonObject();
            sparse.addProperty("0", SPARSE_0[i]);
            row.add("sparse", sparse);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(COLLECTION).data(rows).build());
    }

    @AfterEach
    void dropFixture() {
        client.dropCollection(DropCollectionReq.builder().collectionName(COLLECTION).build());
        client.close();
    }

    private static AnnSearchReq dense(long limit, String filter) {
        return AnnSearchReq.builder().vectorFieldName("dense").limit(limit).expr(filter)
                .vectors(List.<BaseVector>of(new FloatVec(new float[] {0f, 0f})))
                .metricType(IndexParam.MetricType.L2).build();
    }

    private static AnnSearchReq sparse(long limit) {
        TreeMap<Long, Float> query = new TreeMap<>();
        query.put(0L, 1f);
        return AnnSearchReq.builder().vectorFieldName("sparse").limit(limit)
                .vectors(List.<BaseVector>of(new SparseFloatVec(query))).build();
    }

    private static List<Object> ids(SearchResp resp) {
        return resp.getSearchResults().get(0).stream().map(SearchResp.SearchResult::getId).toList();
    }

    private static List<Float> scores(SearchResp resp) {
        return resp.getSearchResults().get(0).stream().map(SearchResp.SearchResult::getScore).toList();
    }

    @Test
    void rrfRankerFusesPerRequestFilteredLists() {
        SearchResp resp = client.hybridSearch(HybridSearchReq.builder().collectionName(COLLECTION)
                .searchRequests(List.of(dense(3, "id > 1"), sparse(3)))
                .ranker(RRFRanker.builder().k(60).build()).limit(10).outFields(List.of("tag")).build());
        // dense with id > 1: 2, 3, 4; sparse: 6, 2, 3
        assertThat(ids(resp)).containsExactly(2L, 3L, 6L, 4L);
        assertThat(scores(resp)).containsExactly(1f / 61f + 1f / 62f, 1f / 62f + 1f / 63f, 1f / 61f, 1f / 63f);
        assertThat(resp.getSearchResults().get(0).get(0).getEntity()).containsEntry("tag", 0L);
    }

    @Test
    void weightedRankerNormalisesEachMetricWhenAsked() {
        SearchResp resp = client.hybridSearch(HybridSearchReq.builder().collectionName(COLLECTION)
                .searchRequests(List.of(dense(6, ""), sparse(6)))
                .functionScore(FunctionScore.builder().addFunction(WeightedRanker.builder()
                        .weights(List.of(0.7f, 0.3f)).param("norm_score", "true").build()).build())
                .limit(1).build());
        // id 2: dense distance 0.2^2, sparse score 0.6; the best fused score (id 1 scores about 0.855)
        float l2 = 1.0f - 2f * (float) Math.atan(0.2f * 0.2f) / (float) Math.PI;
        float ip = 0.5f + (float) Math.atan(0.6f) / (float) Math.PI;
        assertThat(ids(resp)).containsExactly(2L);
        assertThat(scores(resp).get(0)).isEqualTo(0.7f * l2 + 0.3f * ip);
    }

    @Test
    void legacyWeightedRankerAndFunctionScoreRrfAgreeWithTheirFormulas() {
        SearchResp weighted = client.hybridSearch(HybridSearchReq.builder().collectionName(COLLECTION)
                .searchRequests(List.of(dense(3, ""), dense(3, "id > 2")))
                .ranker(new WeightedRanker(List.of(1f, 0.5f))).limit(5).build());
        // both L2 and no normalisation: raw weighted distances, smallest first
        assertThat(ids(weighted)).containsExactly(1L, 2L, 4L, 5L, 3L);

        SearchResp rrf = client.hybridSearch(HybridSearchReq.builder().collectionName(COLLECTION)
                .searchRequests(List.of(dense(3, ""), sparse(3)))
                .functionScore(FunctionScore.builder().addFunction(RRFRanker.builder().k(10).build()).build())
                .limit(2).offset(1).roundDecimal(3).build());
        // dense 1, 2, 3; sparse 6, 2, 3 -> 2 (2/12), 3 (2/13), 1 and 6 (1/11); page from offset 1
        assertThat(ids(rrf)).containsExactly(3L, 1L);
        assertThat(scores(rrf)).containsExactly(0.154f, 0.091f);
    }

    @Test
    void unsupportedRerankersAnswerWithMilvusErrors() {
        assertThatThrownBy(() -> client.hybridSearch(HybridSearchReq.builder().collectionName(COLLECTION)
                .searchRequests(List.of(dense(3, ""), sparse(3)))
                .ranker(new WeightedRanker(List.of(1f))).limit(3).build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("the length of weights param mismatch with ann search requests");
        assertThatThrownBy(() -> client.hybridSearch(HybridSearchReq.builder().collectionName(COLLECTION)
                .searchRequests(List.of(dense(3, "")))
                .ranker(DecayRanker.builder().name("decay").inputFieldNames(List.of("tag"))
                        .function("gauss").origin(0).scale(1).build())
                .limit(3).build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("decay rerank function is not supported");
    }
}
