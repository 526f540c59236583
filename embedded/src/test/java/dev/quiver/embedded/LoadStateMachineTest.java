package dev.quiver.embedded;

import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DropPartitionRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.GetLoadingProgressRequest;
import dev.quiver.proto.milvus.GetLoadingProgressResponse;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LoadPartitionsRequest;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.ReleaseCollectionRequest;
import dev.quiver.proto.milvus.ReleasePartitionsRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ShowType;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.EngineFixture.pair;
import static dev.quiver.embedded.StatusAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Reference §1.3 and §9.7: load/release of collections and partitions. */
class LoadStateMachineTest {
    private EngineFixture fx;

    @BeforeEach
    void start() throws IOException {
        fx = EngineFixture.inMemory();
        fx.createCollection("c");
        fx.indexVector("c");
        for (String p : List.of("p1", "p2")) {
            assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                    .setPartitionName(p).build()));
        }
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private LoadState state(String... partitions) {
        var response = fx.stub.getLoadState(GetLoadStateRequest.newBuilder().setCollectionName("c")
                .addAllPartitionNames(List.of(partitions)).build());
        assertOk(response.getStatus());
        return response.getState();
    }

    private void loadPartitions(String... names) {
        assertOk(fx.stub.loadPartitions(LoadPartitionsRequest.newBuilder().setCollectionName("c")
                .addAllPartitionNames(List.of(names)).build()));
    }

    private void releasePartitions(String... names) {
        assertOk(fx.stub.releasePartitions(ReleasePartitionsRequest.newBuilder().setCollectionName("c")
                .addAllPartitionNames(List.of(names)).build()));
    }

    private GetLoadingProgressResponse progress(String... partitions) {
        return fx.stub.getLoadingProgress(GetLoadingProgressRequest.newBuilder().setCollectionName("c")
                .addAllPartitionNames(List.of(partitions)).build());
    }

    @Test
    void newCollectionIsNotLoadedAndProgressIsError101() {
        assertThat(state()).isEqualTo(LoadState.LoadStateNotLoad);
        assertError(progress().getStatus(), 101, ErrorCode.UnexpectedError, "collection not loaded[collection=c]");
    }

    @Test
    void unknownCollectionIsSuccessNotExist() {
        var response = fx.stub.getLoadState(GetLoadStateRequest.newBuilder().setCollectionName("nope").build());
        assertOk(response.getStatus());
        assertThat(response.getState()).isEqualTo(LoadState.LoadStateNotExist);
    }

    @Test
    void loadCollectionLoadsEveryPartitionAndIsIdempotent() {
        assertOk(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertThat(state()).isEqualTo(LoadState.LoadStateLoaded);
        assertThat(state("_default", "p1", "p2")).isEqualTo(LoadState.LoadStateLoaded);
        assertThat(progress().getProgress()).isEqualTo(100);
        assertOk(progress().getStatus());
        int calls = fx.data.calls.size();
        assertOk(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertThat(fx.data.calls).hasSize(calls);
        assertThat(fx.data.calls.get(calls - 1)).startsWith("load ");
    }

    @Test
    void releasingSomePartitionsKeepsCollectionLoadedAndAllMakesItNotLoad() {
        assertOk(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("c").build()));
        releasePartitions("p1");
        assertThat(state("p1")).isEqualTo(LoadState.LoadStateNotLoad);
        assertThat(state("p2")).isEqualTo(LoadState.LoadStateLoaded);
        assertThat(state("p1", "p2")).isEqualTo(LoadState.LoadStateNotLoad);
        assertThat(state()).isEqualTo(LoadState.LoadStateLoaded);
        assertError(progress("p1").getStatus(), 201, ErrorCode.UnexpectedError, "partition not loaded[partition=p1]");
        releasePartitions("p1");
        releasePartitions("_default", "p2");
        assertThat(state()).isEqualTo(LoadState.LoadStateNotLoad);
        assertError(progress().getStatus(), 101, ErrorCode.UnexpectedError, "collection not loaded[collection=c]");
        releasePartitions("_default");
        assertOk(fx.stub.releaseCollection(ReleaseCollectionRequest.newBuilder().setCollectionName("c").build()));
    }

    @Test
    void loadingSubsetLoadsOnlyThose() {
        loadPartitions("p1");
        assertThat(state()).isEqualTo(LoadState.LoadStateLoaded);
        assertThat(state("p1")).isEqualTo(LoadState.LoadStateLoaded);
        assertThat(state("_default")).isEqualTo(LoadState.LoadStateNotLoad);
        loadPartitions("p1", "p2");
        assertThat(state("p1", "p2")).isEqualTo(LoadState.LoadStateLoaded);
        assertOk(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertThat(state("_default")).isEqualTo(LoadState.LoadStateLoaded);
    }

    @Test
    void releaseCollectionReleasesEverything() {
        loadPartitions("p1", "p2");
        assertOk(fx.stub.releaseCollection(ReleaseCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertThat(state()).isEqualTo(LoadState.LoadStateNotLoad);
        assertThat(fx.data.calls.get(fx.data.calls.size() - 1)).startsWith("release ");
    }

    @Test
    void partitionCreatedWhileLoadedIsLoaded() {
        loadPartitions("p1");
        assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("p3").build()));
        assertThat(state("p3")).isEqualTo(LoadState.LoadStateLoaded);
        assertOk(fx.stub.releaseCollection(ReleaseCollectionRequest.newBuilder().setCollectionName("c").build()));
        assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("p4").build()));
        assertThat(state("p4")).isEqualTo(LoadState.LoadStateNotLoad);
    }

    @Test
    void loadedPartitionCannotBeDropped() {
        loadPartitions("p1");
        assertError(fx.stub.dropPartition(DropPartitionRequest.newBuilder().setCollectionName("c")
                        .setPartitionName("p1").build()), 65535, ErrorCode.UnexpectedError,
                "partition cannot be dropped, partition is loaded, please release it first");
        releasePartitions("p1");
        assertOk(fx.stub.dropPartition(DropPartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("p1").build()));
    }

    @Test
    void loadWithoutAnyIndexIs700() throws IOException {
        fx.createCollection("bare");
        assertError(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("bare").build()),
                700, ErrorCode.IndexNotExist, "index not found[collection=bare]");
        assertError(fx.stub.loadPartitions(LoadPartitionsRequest.newBuilder().setCollectionName("bare")
                .addPartitionNames("_default").build()), 700, ErrorCode.IndexNotExist, "index not found[collection=bare]");
    }

    @Test
    void loadWithAVectorFieldUnindexedNamesTheFields() {
        var schema = EngineFixture.schema("two", 4).toBuilder()
                .addFields(FieldSchema.newBuilder().setName("v2").setDataType(DataType.FloatVector)
                        .addTypeParams(pair("dim", "8")))
                .addFields(FieldSchema.newBuilder().setName("v3").setDataType(DataType.BinaryVector)
                        .addTypeParams(pair("dim", "16")))
                .build();
        assertOk(fx.stub.createCollection(EngineFixture.createRequest("two", schema)));
        fx.indexVector("two");
        assertError(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("two").build()),
                65535, ErrorCode.UnexpectedError,
                "there is no vector index on field: [v2 v3], please create index firstly");
        assertOk(fx.stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName("two").setFieldName("v2")
                .build()));
        assertOk(fx.stub.createIndex(CreateIndexRequest.newBuilder().setCollectionName("two").setFieldName("v3")
                .build()));
        assertOk(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("two").build()));
    }

    @Test
    void unknownPartitionIs200() {
        assertError(fx.stub.loadPartitions(LoadPartitionsRequest.newBuilder().setCollectionName("c")
                        .addPartitionNames("zz").build()), 200, ErrorCode.MetaFailed, "partition not found[partition=zz]");
        assertError(fx.stub.getLoadState(GetLoadStateRequest.newBuilder().setCollectionName("c")
                .addPartitionNames("zz").build()).getStatus(), 200, ErrorCode.MetaFailed, "partition not found[partition=zz]");
    }

    @Test
    void showCollectionsInMemoryListsOnlyLoaded() {
        fx.createCollection("other");
        loadPartitions("p2");
        var response = fx.stub.showCollections(ShowCollectionsRequest.newBuilder().setType(ShowType.InMemory).build());
        assertOk(response.getStatus());
        assertThat(response.getCollectionNamesList()).containsExactly("c");
        var all = fx.stub.showCollections(ShowCollectionsRequest.newBuilder().build());
        assertThat(all.getCollectionNamesList()).containsExactly("c", "other");
    }

    @Test
    void unknownCollectionLoadIs100() {
        assertError(fx.stub.loadCollection(LoadCollectionRequest.newBuilder().setCollectionName("x").build()),
                100, ErrorCode.CollectionNotExists, "collection not found[database=default][collection=x]", true);
    }
}
