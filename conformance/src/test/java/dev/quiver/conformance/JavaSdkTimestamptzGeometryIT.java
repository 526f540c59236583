package dev.quiver.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.common.ConsistencyLevel;
import io.milvus.v2.common.DataType;
import io.milvus.v2.common.IndexParam;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DescribeCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.index.request.CreateIndexReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.response.QueryResp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Java SDK (2.6.22, {@code MilvusClientV2}) with TIMESTAMPTZ and GEOMETRY fields against
 * {@code quiver serve}: the SDK sends ISO text and WKT, and reads back ISO text in the collection's time zone and WKT,
 * filtered with ISO comparisons and ST_ functions.
 */
class JavaSdkTimestamptzGeometryIT {
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

    @AfterEach
    void close() {
        if (client != null) {
            client.close();
        }
    }

    private static JsonObject row(long id, String tsz, String geo) {
        JsonObject row = new JsonObject();
        row.addProperty("id", id);
        row.addProperty("tsz", tsz);
        row.addProperty("geo", geo);
        JsonArray vector = new JsonArray();
        vector.add(id);
        vector.add(0f);
        row.add("vector", vector);
        return row;
    }

    @Test
    void timestamptzAndGeometryFieldsRoundTrip() {
        client = new MilvusClientV2(ConnectConfig.builder().uri(server.uri()).build());
        String collection = "tsz_geo";
        CreateCollectionReq.CollectionSchema schema = client.createSchema();
        schema.addField(AddFieldReq.builder().fieldName("id").dataType(DataType.Int64).isPrimaryKey(true).build());
        schema.addField(AddFieldReq.builder().fieldName("tsz").dataType(DataType.Timestamptz).build());
        schema.addField(AddFieldReq.builder().fieldName("geo").dataType(DataType.Geometry).build());
        schema.addField(AddFieldReq.builder().fieldName("vector").dataType(DataType.FloatVector).dimension(2)
                .build());
        client.createCollection(CreateCollectionReq.builder().collectionName(collection).collectionSchema(schema)
                .properties(Map.of("timezone", "Asia/Shanghai")).build());
        assertThat(client.describeCollection(DescribeCollectionReq.builder().collectionName(collection).build())
                .getCollectionSchema().getField("tsz").getDataType()).isEqualTo(DataType.Timestamptz);
        client.createIndex(CreateIndexReq.builder().collectionName(collection).indexParams(List.of(
                IndexParam.builder().fieldName("vector").indexType(IndexParam.IndexType.FLAT)
                        .metricType(IndexParam.MetricType.L2).build())).build());
        client.insert(InsertReq.builder().collectionName(collection).data(List.of(
                row(1, "2025-01-01T00:00:00Z", "POINT(13.399710 52.518010)"),
                row(2, "2025-01-02 00:00:00", "POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))"),
                row(3, "2025-01-03T00:00:00+08:00", "LINESTRING (0 0, 5 5)"))).build());
        client.loadCollection(LoadCollectionReq.builder().collectionName(collection).build());

        QueryResp rows = client.query(QueryReq.builder().collectionName(collection)
                .filter("tsz > ISO '2025-01-01T12:00:00Z'").outputFields(List.of("id", "tsz", "geo"))
                .consistencyLevel(ConsistencyLevel.STRONG).build());
        assertThat(rows.getQueryResults()).extracting(r -> r.getEntity().get("id")).containsExactly(2L, 3L);
        assertThat(rows.getQueryResults()).extracting(r -> r.getEntity().get("tsz"))
                .containsExactly("2025-01-02T00:00:00+08:00", "2025-01-03T00:00:00+08:00");
        assertThat(rows.getQueryResults()).extracting(r -> r.getEntity().get("geo"))
                .containsExactly("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))", "LINESTRING (0 0, 5 5)");

        QueryResp near = client.query(QueryReq.builder().collectionName(collection)
                .filter("ST_DWITHIN(geo, 'POINT (13.4 52.518)', 100) or ST_CONTAINS(geo, 'POINT (9 1)')")
                .outputFields(List.of("id")).consistencyLevel(ConsistencyLevel.STRONG).build());
        assertThat(near.getQueryResults()).extracting(r -> r.getEntity().get("id")).containsExactly(1L, 2L);

        assertThatThrownBy(() -> client.insert(InsertReq.builder().collectionName(collection)
                .data(List.of(row(4, "2025-01-04T00:00:00Z", "POINT (1"))).build()))
                .isInstanceOf(MilvusClientException.class).hasMessageContaining("invalid Geometry data");
    }
}
