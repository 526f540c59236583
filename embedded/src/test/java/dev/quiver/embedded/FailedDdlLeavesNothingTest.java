package dev.quiver.embedded;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.EngineFixture.createRequest;
import static dev.quiver.embedded.EngineFixture.pair;
import static dev.quiver.embedded.EngineFixture.schema;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateAliasRequest;
import dev.quiver.proto.milvus.CreateDatabaseRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.HasCollectionRequest;
import dev.quiver.proto.milvus.ListAliasesRequest;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ShowPartitionsRequest;
import dev.quiver.proto.milvus.Status;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 9 item 6: every DDL RPC that fails leaves the catalog and the data path as they were, so a retry with
 * corrected input starts from a clean state. One test per DDL path.
 */
class FailedDdlLeavesNothingTest {
    private EngineFixture fx;

    @BeforeEach
    void start() throws Exception {
        fx = EngineFixture.inMemory();
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private static void assertFailed(Status status) {
        assertThat(status.getCode()).as(status.getReason()).isNotZero();
    }

    private List<String> collections() {
        return fx.stub.showCollections(ShowCollectionsRequest.getDefaultInstance()).getCollectionNamesList();
    }

    private boolean has(String name) {
        return fx.stub.hasCollection(HasCollectionRequest.newBuilder().setCollectionName(name).build()).getValue();
    }

    @Test
    void createCollectionWithABadSchemaLeavesNoCollection() {
        CollectionSchema twoKeys = schema("bad", 4).toBuilder()
                .addFields(FieldSchema.newBuilder().setName("id2").setDataType(DataType.Int64).setIsPrimaryKey(true))
                .build();
        CollectionSchema noDim = CollectionSchema.newBuilder().setName("bad")
                .addFields(FieldSchema.newBuilder().setName("id").setDataType(DataType.Int64).setIsPrimaryKey(true))
                .addFields(FieldSchema.newBuilder().setName("v").setDataType(DataType.FloatVector)).build();
        int before = fx.data.calls.size();
        assertFailed(fx.stub.createCollection(createRequest("bad", twoKeys)));
        assertFailed(fx.stub.createCollection(createRequest("bad", noDim)));
        assertThat(has("bad")).isFalse();
        assertThat(collections()).doesNotContain("bad");
        assertThat(fx.data.calls.subList(before, fx.data.calls.size())).as("nothing reached the data path").isEmpty();
        assertOk(fx.stub.createCollection(createRequest("bad", schema("bad", 4))));
        assertThat(has("bad")).isTrue();
    }

    @Test
    void createCollectionNamedLikeAnAliasLeavesNoCollection() {
        fx.createCollection("c");
        assertOk(fx.stub.createAlias(CreateAliasRequest.newBuilder().setCollectionName("c").setAlias("a").build()));
        assertFailed(fx.stub.createCollection(createRequest("a", schema("a", 4))));
        assertThat(collections()).containsExactly("c");
    }

    @Test
    void createIndexWithAMetricTheVectorTypeRefusesLeavesNoIndex() {
        fx.createCollection("c");
        Status refused = fx.stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName("c")
                .setFieldName("vector").addExtraParams(pair("index_type", "AUTOINDEX"))
                .addExtraParams(pair("metric_type", "HAMMING")).build());
        assertThat(refused.getCode()).isEqualTo(1100);
        var described = fx.stub.describeIndex(DescribeIndexRequest.newBuilder().setCollectionName("c").build());
        assertThat(described.getStatus().getCode()).as("index not found").isEqualTo(700);
        assertOk(fx.stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName("c").setFieldName("vector")
                .addExtraParams(pair("index_type", "FLAT")).addExtraParams(pair("metric_type", "IP")).build()));
    }

    @Test
    void createPartitionWithABadNameLeavesNoPartition() {
        fx.createCollection("c");
        int before = fx.data.calls.size();
        assertFailed(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("bad name!").build()));
        assertFailed(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("missing")
                .setPartitionName("p").build()));
        assertThat(fx.stub.showPartitions(ShowPartitionsRequest.newBuilder().setCollectionName("c").build())
                .getPartitionNamesList()).containsExactly("_default");
        assertThat(fx.data.calls.subList(before, fx.data.calls.size())).isEmpty();
    }

    @Test
    void createAliasThatClashesLeavesNoAlias() {
        fx.createCollection("c");
        fx.createCollection("d");
        assertFailed(fx.stub.createAlias(CreateAliasRequest.newBuilder().setCollectionName("c").setAlias("d").build()));
        assertFailed(fx.stub.createAlias(CreateAliasRequest.newBuilder().setCollectionName("missing").setAlias("x")
                .build()));
        assertFailed(fx.stub.createAlias(CreateAliasRequest.newBuilder().setCollectionName("c").setAlias("1bad")
                .build()));
        assertThat(fx.stub.listAliases(ListAliasesRequest.getDefaultInstance()).getAliasesList()).isEmpty();
    }

    @Test
    void createDatabaseFailuresLeaveNoDatabase() {
        assertFailed(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("bad-name").build()));
        for (int i = 1; i < 64; i++) {
            assertOk(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("db" + i).build()));
        }
        assertFailed(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("one_too_many").build()));
        List<String> names = fx.stub.listDatabases(ListDatabasesRequest.getDefaultInstance()).getDbNamesList();
        assertThat(names).hasSize(64).doesNotContain("bad-name", "one_too_many");
    }
}
