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
import io.milvus.v2.service.collection.request.AddCollectionFieldReq;
import io.milvus.v2.service.collection.request.AddFieldReq;
import io.milvus.v2.service.collection.request.AlterCollectionFieldReq;
import io.milvus.v2.service.collection.request.AlterCollectionPropertiesReq;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DescribeCollectionReq;
import io.milvus.v2.service.collection.request.DropCollectionFieldPropertiesReq;
import io.milvus.v2.service.collection.request.DropCollectionPropertiesReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.collection.request.ReleaseCollectionReq;
import io.milvus.v2.service.collection.response.DescribeCollectionResp;
import io.milvus.v2.service.index.request.AlterIndexPropertiesReq;
import io.milvus.v2.service.index.request.CreateIndexReq;
import io.milvus.v2.service.index.request.DescribeIndexReq;
import io.milvus.v2.service.index.request.DropIndexPropertiesReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.response.QueryResp;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The official Java SDK's (2.6.22, {@code MilvusClientV2}) schema-evolution calls against {@code quiver serve}:
 * addCollectionField, alterCollectionField / dropCollectionFieldProperties, dropCollectionProperties and
 * alterIndexProperties / dropIndexProperties, with Milvus 2.6's answers (issue 9, item 5).
 */
class JavaSdkSchemaEvolutionIT {
    private static QuiverServe server;
    private MilvusClientV2 client;
    private String collection;

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
        schema.addField(AddFieldReq.builder().fieldName("title").dataType(DataType.VarChar).maxLength(8).build());
        schema.addField(AddFieldReq.builder().fieldName("vector").dataType(DataType.FloatVector).dimension(2)
                .build());
        client.createCollection(CreateCollectionReq.builder().collectionName(collection).collectionSchema(schema)
                .build());
        client.createIndex(CreateIndexReq.builder().collectionName(collection).indexParams(List.of(
                IndexParam.builder().fieldName("vector").indexName("vidx").indexType(IndexParam.IndexType.HNSW)
                        .metricType(IndexParam.MetricType.L2).extraParams(Map.of("M", 8, "efConstruction", 32))
                        .build())).build());
    }

    @AfterEach
    void close() {
        client.close();
    }

    private void insert(long id, String title, Map<String, Object> extra) {
        JsonObject row = new JsonObject();
        row.addProperty("id", id);
        row.addProperty("title", title);
        JsonArray vector = new JsonArray();
        vector.add(0.1f);
        vector.add(0.2f);
        row.add("vector", vector);
        extra.forEach((key, value) -> row.addProperty(key, (Number) value));
        client.insert(InsertReq.builder().collectionName(collection).data(List.of(row)).build());
    }

    @Test
    void addCollectionFieldAddsANullableFieldThatOlderRowsReadAsItsDefault() {
        insert(1, "old", Map.of());
        client.addCollectionField(AddCollectionFieldReq.builder().collectionName(collection).fieldName("rating")
                .dataType(DataType.Int32).isNullable(true).defaultValue(7).build());
        DescribeCollectionResp described = client.describeCollection(DescribeCollectionReq.builder()
                .collectionName(collection).build());
        assertThat(described.getFieldNames()).containsExactly("id", "title", "vector", "rating");
        CreateCollectionReq.FieldSchema rating = described.getCollectionSchema().getField("rating");
        assertThat(rating.getIsNullable()).isTrue();
        assertThat(rating.getDefaultValue()).isEqualTo(7);

        insert(2, "new", Map.of("rating", 9));
        client.loadCollection(LoadCollectionReq.builder().collectionName(collection).build());
        QueryResp rows = client.query(QueryReq.builder().collectionName(collection).filter("id > 0")
                .outputFields(List.of("id", "rating")).consistencyLevel(io.milvus.v2.common.ConsistencyLevel.STRONG)
                .build());
        assertThat(rows.getQueryResults()).extracting(r -> r.getEntity().get("rating")).containsExactly(7, 9);

        assertThatThrownBy(() -> client.addCollectionField(AddCollectionFieldReq.builder().collectionName(collection)
                .fieldName("strict").dataType(DataType.Int64).build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("added field must be nullable, please check it, field name = strict");
    }

    @Test
    void alterCollectionFieldChangesMaxLengthAndDropsMmap() {
        assertThatThrownBy(() -> insert(1, "much longer", Map.of())).isInstanceOf(MilvusClientException.class);
        client.alterCollectionField(AlterCollectionFieldReq.builder().collectionName(collection).fieldName("title")
                .property("max_length", "32").property("mmap.enabled", "true").build());
        insert(1, "much longer", Map.of());
        CreateCollectionReq.FieldSchema title = client.describeCollection(DescribeCollectionReq.builder()
                .collectionName(collection).build()).getCollectionSchema().getField("title");
        assertThat(title.getMaxLength()).isEqualTo(32);
        client.dropCollectionFieldProperties(DropCollectionFieldPropertiesReq.builder().collectionName(collection)
                .fieldName("title").propertyKeys(List.of("mmap.enabled")).build());
        assertThatThrownBy(() -> client.alterCollectionField(AlterCollectionFieldReq.builder()
                .collectionName(collection).fieldName("title").property("is_primary", "true").build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("is_primary does not allow update in collection field param");
    }

    @Test
    void dropCollectionPropertiesRemovesThem() {
        client.alterCollectionProperties(AlterCollectionPropertiesReq.builder().collectionName(collection)
                .property("collection.ttl.seconds", "60").build());
        assertThat(client.describeCollection(DescribeCollectionReq.builder().collectionName(collection).build())
                .getProperties()).containsEntry("collection.ttl.seconds", "60");
        client.dropCollectionProperties(DropCollectionPropertiesReq.builder().collectionName(collection)
                .propertyKeys(List.of("collection.ttl.seconds")).build());
        assertThat(client.describeCollection(DescribeCollectionReq.builder().collectionName(collection).build())
                .getProperties()).doesNotContainKey("collection.ttl.seconds");
    }

    @Test
    void alterIndexPropertiesWorksOnAReleasedCollectionOnly() {
        client.loadCollection(LoadCollectionReq.builder().collectionName(collection).build());
        assertThatThrownBy(() -> client.alterIndexProperties(AlterIndexPropertiesReq.builder()
                .collectionName(collection).indexName("vidx").property("mmap.enabled", "true").build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("can't alter index on loaded collection, please release the collection first");
        client.releaseCollection(ReleaseCollectionReq.builder().collectionName(collection).build());
        client.alterIndexProperties(AlterIndexPropertiesReq.builder().collectionName(collection).indexName("vidx")
                .property("mmap.enabled", "true").build());
        var index = client.describeIndex(DescribeIndexReq.builder().collectionName(collection).indexName("vidx")
                .build()).getIndexDescByIndexName("vidx");
        assertThat(index.getProperties()).containsEntry("mmap.enabled", "true");
        assertThat(index.getExtraParams()).containsEntry("M", "8");
        assertThatThrownBy(() -> client.alterIndexProperties(AlterIndexPropertiesReq.builder()
                .collectionName(collection).indexName("vidx").property("efConstruction", "64").build()))
                .isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("efConstruction is not a configable index proptery");
        client.dropIndexProperties(DropIndexPropertiesReq.builder().collectionName(collection).indexName("vidx")
                .propertyKeys(List.of("mmap.enabled")).build());
        assertThat(client.describeIndex(DescribeIndexReq.builder().collectionName(collection).indexName("vidx")
                .build()).getIndexDescByIndexName("vidx").getProperties()).doesNotContainKey("mmap.enabled");
    }
}
