package dev.quiver.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.orm.iterator.QueryIterator;
import io.milvus.orm.iterator.SearchIteratorV2;
import io.milvus.response.QueryResultsWrapper;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.vector.request.DeleteReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryIteratorReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchIteratorReqV2;
import io.milvus.v2.service.vector.request.UpsertReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK's iterators against {@code quiver serve} (issue 9): query results in primary-key order,
 * {@code QueryIterator} (pk-range pages pinned to the first page's {@code session_ts}) and {@code SearchIteratorV2}
 * (token and last bound) each return every row of a 50k-row collection exactly once, for integer and string keys,
 * after upserts and deletes, and ignore writes made while they run.
 */
class JavaSdkIteratorConformanceIT {
    private static final int ROWS = 50_000;
    private static final int DIM = 4;
    private static QuiverServe server;
    private static MilvusClientV2 client;

    @BeforeAll
    static void start() throws Exception {
        server = QuiverServe.start();
        client = new MilvusClientV2(ConnectConfig.builder().uri(server.uri()).build());
        create("ints", DataType.Int64);
        create("strs", DataType.VarChar);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    private static void create(String name, DataType keyType) {
        CreateCollectionReq.CreateCollectionReqBuilder b = CreateCollectionReq.builder().collectionName(name)
                .dimension(DIM).idType(keyType).metricType("L2");
        if (keyType == DataType.VarChar) {
            b.maxLength(16);
        }
        client.createCollection(b.build());
        // keys inserted out of order, over several sealed segments and a growing one
        for (int start = 0; start < ROWS; start += 10_000) {
            List<JsonObject> rows = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                long k = ((start + i) * 7919L) % ROWS;
                rows.add(row(keyType == DataType.VarChar ? "k" + k : k, k % 89));
            }
            client.insert(InsertReq.builder().collectionName(name).data(rows).build());
            if (start < ROWS - 10_000) {
                client.flush(FlushReq.builder().collectionNames(List.of(name)).build());
            }
        }
    }

    private static JsonObject row(Object key, float x) {
        JsonObject row = new JsonObject();
        if (key instanceof String s) {
            row.addProperty("id", s);
        } else {
            row.addProperty("id", (Long) key);
        }
        JsonArray vector = new JsonArray();
        vector.add(x);
        for (int i = 1; i < DIM; i++) {
            vector.add(0f);
        }
        row.add("vector", vector);
        return row;
    }

    @Test
    void queryPagesComeBackInPrimaryKeyOrder() {
        List<Object> paged = new ArrayList<>();
        for (int offset = 0; offset < 300; offset += 100) {
            QueryResp page = client.query(QueryReq.builder().collectionName("ints").filter("id >= 100 and id < 400")
                    .outputFields(List.of("id")).offset(offset).limit(100).build());
            page.getQueryResults().forEach(r -> paged.add(r.getEntity().get("id")));
        }
        List<Object> expected = new ArrayList<>();
        for (long i = 100; i < 400; i++) {
            expected.add(i);
        }
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void queryIteratorReturnsEveryIntegerRowOnceAndIgnoresWritesWhileItRuns() {
        client.upsert(UpsertReq.builder().collectionName("ints").data(List.of(row(17L, 1), row(60_000L, 2))).build());
        client.delete(DeleteReq.builder().collectionName("ints").filter("id < 10").build());
        QueryIterator it = client.queryIterator(QueryIteratorReq.builder().collectionName("ints").expr("id >= 0")
                .outputFields(List.of("id")).batchSize(1000).build());
        Set<Object> seen = new HashSet<>();
        boolean wrote = false;
        while (true) {
            List<QueryResultsWrapper.RowRecord> page = it.next();
            if (page.isEmpty()) {
                break;
            }
            for (QueryResultsWrapper.RowRecord r : page) {
                assertThat(seen.add(r.get("id"))).as("%s returned twice", r.get("id")).isTrue();
            }
            if (!wrote) {
                client.insert(InsertReq.builder().collectionName("ints").data(List.of(row(70_000L, 0))).build());
                client.delete(DeleteReq.builder().collectionName("ints").filter("id == 49999").build());
                wrote = true;
            }
        }
        it.close();
        assertThat(seen).hasSize(ROWS - 10 + 1).contains(17L, 60_000L, 49_999L).doesNotContain(0L, 9L, 70_000L);
    }

    @Test
    void queryIteratorReturnsEveryStringRowOnce() {
        client.delete(DeleteReq.builder().collectionName("strs").filter("id in [\"k1\", \"k2\"]").build());
        QueryIterator it = client.queryIterator(QueryIteratorReq.builder().collectionName("strs")
                .outputFields(List.of("id")).batchSize(4000).build());
        Set<Object> seen = new HashSet<>();
        for (List<QueryResultsWrapper.RowRecord> page = it.next(); !page.isEmpty(); page = it.next()) {
            for (QueryResultsWrapper.RowRecord r : page) {
                assertThat(seen.add(r.get("id"))).as("%s returned twice", r.get("id")).isTrue();
            }
        }
        it.close();
        assertThat(seen).hasSize(ROWS - 2).doesNotContain("k1", "k2").contains("k0", "k49999");
    }

    @Test
    void searchIteratorV2ReturnsEveryRowOnceAcrossTiedScores() {
        SearchIteratorV2 it = client.searchIteratorV2(SearchIteratorReqV2.builder().collectionName("strs")
                .vectorFieldName("vector").metricType(IndexParam.MetricType.L2).vectors(List.of(new FloatVec(new float[] {0, 0, 0, 0})))
                .outputFields(List.of("id")).batchSize(777).build());
        Set<Object> seen = new HashSet<>();
        float previous = -1;
        for (List<SearchResp.SearchResult> page = it.next(); !page.isEmpty(); page = it.next()) {
            for (SearchResp.SearchResult hit : page) {
                assertThat(hit.getScore()).isGreaterThanOrEqualTo(previous);
                previous = hit.getScore();
                assertThat(seen.add(hit.getId())).as("%s returned twice", hit.getId()).isTrue();
            }
        }
        it.close();
        assertThat(seen).hasSizeGreaterThanOrEqualTo(ROWS - 2).contains("k0", "k49999");
    }
}
