package dev.quiver.embedded;

import dev.quiver.embedded.storage.DataDirectoryLockedException;
import dev.quiver.proto.milvus.CreateAliasRequest;
import dev.quiver.proto.milvus.CreateDatabaseRequest;
import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.DescribeAliasRequest;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.GetCollectionStatisticsRequest;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.LoadPartitionsRequest;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.EngineFixture.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** File mode: the catalog survives a restart, loaded partitions are reloaded, the directory is locked. */
class CatalogPersistenceTest {

    @Test
    void catalogSurvivesRestart(@TempDir Path dir) throws IOException {
        DescribeCollectionResponse before;
        try (EngineFixture fx = EngineFixture.inDirectory(dir)) {
            assertOk(fx.stub.createDatabase(CreateDatabaseRequest.newBuilder().setDbName("db1")
                    .addProperties(pair("owner", "me")).build()));
            fx.createCollection(fx.inDatabase("db1"), "elsewhere", 8);
            fx.createCollection("c");
            fx.indexVector("c");
            assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                    .setPartitionName("p1").build()));
            assertOk(fx.stub.createAlias(CreateAliasRequest.newBuilder().setCollectionName("c").setAlias("a").build()));
            fx.insert("c", "p1", 1, 3, 4);
            assertOk(fx.stub.loadPartitions(LoadPartitionsRequest.newBuilder().setCollectionName("c")
                    .addPartitionNames("p1").build()));
            before = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("c").build());
        }
        try (EngineFixture fx = EngineFixture.inDirectory(dir)) {
            var after = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("a").build());
            assertThat(after).isEqualTo(before.toBuilder().setRequestTime(after.getRequestTime()).build());
            assertThat(fx.stub.listDatabases(ListDatabasesRequest.getDefaultInstance()).getDbNamesList())
                    .containsExactly("default", "db1");
            assertThat(fx.inDatabase("db1").showCollections(ShowCollectionsRequest.getDefaultInstance())
                    .getCollectionNamesList()).containsExactly("elsewhere");
            assertThat(fx.stub.describeAlias(DescribeAliasRequest.newBuilder().setAlias("a").build()).getCollection())
                    .isEqualTo("c");
            assertThat(fx.stub.describeIndex(DescribeIndexRequest.newBuilder().setCollectionName("c").build())
                    .getIndexDescriptions(0).getParamsList()).contains(pair("index_type", "FLAT"));
            assertThat(loadState(fx, "p1")).isEqualTo(LoadState.LoadStateLoaded);
            assertThat(loadState(fx, "_default")).isEqualTo(LoadState.LoadStateNotLoad);
            assertThat(fx.data.calls).anyMatch(call -> call.startsWith("load " + before.getCollectionID()));
            assertThat(fx.stub.getCollectionStatistics(GetCollectionStatisticsRequest.newBuilder()
                    .setCollectionName("c").build()).getStatsList()).containsExactly(pair("row_count", "3"));
            fx.createCollection("newer");
            var newer = fx.stub.describeCollection(DescribeCollectionRequest.newBuilder().setCollectionName("newer")
                    .build());
            assertThat(newer.getCollectionID()).isGreaterThan(before.getCollectionID());
            assertThat(newer.getCreatedTimestamp()).isGreaterThan(before.getUpdateTimestamp());
        }
    }

    private static LoadState loadState(EngineFixture fx, String partition) {
        return fx.stub.getLoadState(GetLoadStateRequest.newBuilder().setCollectionName("c")
                .addPartitionNames(partition).build()).getState();
    }

    @Test
    void aSecondEngineOnTheSameDirectoryIsRefused(@TempDir Path dir) throws IOException {
        try (EmbeddedMilvus first = EmbeddedMilvus.builder().dataDirectory(dir).build()) {
            assertThat(first.dataDirectory()).isPresent();
            assertThatThrownBy(() -> EmbeddedMilvus.builder().dataDirectory(dir).build())
                    .isInstanceOf(DataDirectoryLockedException.class)
                    .hasMessageContaining("is in use by another Quiver process");
        }
        try (EmbeddedMilvus again = EmbeddedMilvus.builder().dataDirectory(dir).build()) {
            assertThat(again.catalog().databases()).containsExactly("default");
        }
    }
}
