package dev.quiver.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexBuildState;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.index.request.CreateIndexReq;
import io.milvus.v2.service.index.request.DescribeIndexReq;
import io.milvus.v2.service.index.response.DescribeIndexResp;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The official Java SDK's (2.6.22, {@code MilvusClientV2}) index examples against {@code quiver serve}: create HNSW
 * and IVF_FLAT with parameters (the SDK's synchronous createIndex polls DescribeIndex until {@code Finished}),
 * describe the index with its rows and state, search with {@code ef}/{@code nprobe}, and Milvus's answers to bad
 * search parameters (issue 11).
 */
class JavaSdkIndexExamplesIT {
    private static final int DIM = 8;
    private static final int ROWS = 2_000;

    private static QuiverServe server;
    private MilvusClientV2 client;
    private String collection;
    private final List<float[]> vectors = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = QuiverServe.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void connect(TestInfo test) {
        client = new MilvusClientV2(ConnectConfig.builder().uri(server.uri()).build());
        collection = test.getTestMethod().orElseThrow().getName();
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder().fieldName("id").dataType(DataType.Int64).isPrimaryKey(true).build());
        schema.addField(AddFieldReq.builder().fieldName("vector").dataType(DataType.FloatVector).dimension(DIM)
                .build());
        client.createCollection(CreateCollectionReq.builder().collectionName(collection).collectionSchema(schema)
                .build());
        insert(0, ROWS);
        client.flush(FlushReq.builder().collectionNames(List.of(collection)).build());
    }

    @AfterEach
    void close() {
        client.close();
    }

    private void insert(int first, int count) {
        SplittableRandom random = new SplittableRandom(first);
        List<JsonObject> rows = new ArrayList<>();
        for (int id = first; id < first + count; id++) {
            float[] v = new float[DIM];
            JsonObject row = new JsonObject();
            row.addProperty("id", id);
            JsonArray vector = new JsonArray();
            for (int d = 0; d < DIM; d++) {
                v[d] = (float) random.nextDouble(-1, 1);
                vector.add(v[d]);
            }
            vectors.add(v);
            row.add("vector", vector);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(collection).data(rows).build());
    }

    private void createIndex(IndexParam.IndexType type, Map<String, Object> params) {
        client.createIndex(CreateIndexReq.builder().collectionName(collection).indexParams(List.of(
                IndexParam.builder().fieldName("vector").indexType(type).metricType(IndexParam.MetricType.L2)
                        .extraParams(params).build())).build());
    }

    private DescribeIndexResp.IndexDesc describe() {
        return client.describeIndex(DescribeIndexReq.builder().collectionName(collection).fieldName("vector")
                .build()).getIndexDescByFieldName("vector");
    }

    private List<SearchResp.SearchResult> search(int row, int limit, Map<String, Object> params) {
        return client.search(SearchReq.builder().collectionName(collection).annsField("vector")
                .data(List.of(new FloatVec(vectors.get(row)))).limit(limit).searchParams(params).build())
                .getSearchResults().get(0);
    }

    @Test
    void hnswIsBuiltDescribedAndSearchedWithEf() {
        createIndex(IndexParam.IndexType.HNSW, Map.of("M", 16, "efConstruction", 64));
        DescribeIndexResp.IndexDesc index = describe();
        assertThat(index.getIndexType()).isEqualTo(IndexParam.IndexType.HNSW);
        assertThat(index.getMetricType()).isEqualTo(IndexParam.MetricType.L2);
        assertThat(index.getExtraParams()).containsEntry("M", "16").containsEntry("efConstruction", "64");
        assertThat(index.getIndexState()).isEqualTo(IndexBuildState.Finished);
        assertThat(index.getTotalRows()).isEqualTo(ROWS);
        assertThat(index.getIndexedRows()).isEqualTo(ROWS);
        assertThat(index.getPendingIndexRows()).isZero();

        client.loadCollection(LoadCollectionReq.builder().collectionName(collection).build());
        List<SearchResp.SearchResult> hits = search(7, 5, Map.of("ef", 64));
        assertThat(hits).hasSize(5);
        assertThat(hits.get(0).getId()).isEqualTo(7L);
        assertThat(hits.get(0).getScore()).isZero();
        assertThatThrownBy(() -> search(7, 10, Map.of("ef", 5))).isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("ef(5) should be larger than k(10)");
    }

    @Test
    void ivfFlatIsBuiltDescribedAndSearchedWithNprobe() {
        createIndex(IndexParam.IndexType.IVF_FLAT, Map.of("nlist", 32));
        DescribeIndexResp.IndexDesc index = describe();
        assertThat(index.getIndexType()).isEqualTo(IndexParam.IndexType.IVF_FLAT);
        assertThat(index.getExtraParams()).containsEntry("nlist", "32");
        assertThat(index.getIndexState()).isEqualTo(IndexBuildState.Finished);
        assertThat(index.getIndexedRows()).isEqualTo(ROWS);

        client.loadCollection(LoadCollectionReq.builder().collectionName(collection).build());
        List<SearchResp.SearchResult> hits = search(42, 3, Map.of("nprobe", 8));
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).getId()).isEqualTo(42L);
        assertThatThrownBy(() -> search(42, 3, Map.of("nprobe", 0))).isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("param 'nprobe' (0) should be in range [1, 65536]");
    }

    @Test
    void describeIndexCountsNewlyFlushedSegmentsUntilTheirIndexIsBuilt() throws InterruptedException {
        createIndex(IndexParam.IndexType.HNSW, Map.of("M", 8, "efConstruction", 32));
        insert(ROWS, ROWS);
        assertThat(describe().getTotalRows()).as("growing rows are not counted").isEqualTo(ROWS);
        client.flush(FlushReq.builder().collectionNames(List.of(collection)).build());
        DescribeIndexResp.IndexDesc index = describe();
        assertThat(index.getTotalRows()).isEqualTo(2 * ROWS);
        assertThat(index.getIndexedRows() + index.getPendingIndexRows()).isEqualTo(2 * ROWS);
        assertThat(index.getIndexState()).isIn(IndexBuildState.InProgress, IndexBuildState.Finished);
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (describe().getIndexState() != IndexBuildState.Finished && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        index = describe();
        assertThat(index.getIndexState()).isEqualTo(IndexBuildState.Finished);
        assertThat(index.getIndexedRows()).isEqualTo(2 * ROWS);
        assertThat(index.getPendingIndexRows()).isZero();
    }

    @Test
    void indexTypesTheEngineDoesNotBuildAreRefused() {
        assertThatThrownBy(() -> createIndex(IndexParam.IndexType.IVF_PQ, Map.of("nlist", 16, "m", 4, "nbits", 8)))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("index type IVF_PQ is not supported by the embedded engine");
    }
}
