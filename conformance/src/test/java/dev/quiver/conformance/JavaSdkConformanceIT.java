package dev.quiver.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.grpc.BatchDescribeCollectionRequest;
import io.milvus.grpc.BatchDescribeCollectionResponse;
import io.milvus.grpc.ComponentStates;
import io.milvus.grpc.CreateAliasRequest;
import io.milvus.grpc.GetComponentStatesRequest;
import io.milvus.grpc.GetIndexStatisticsRequest;
import io.milvus.grpc.GetIndexStatisticsResponse;
import io.milvus.grpc.GetReplicasRequest;
import io.milvus.grpc.GetReplicasResponse;
import io.milvus.grpc.ReplicaInfo;
import io.milvus.grpc.StateCode;
import io.milvus.grpc.DeleteRequest;
import io.milvus.grpc.DescribeAliasRequest;
import io.milvus.grpc.DescribeAliasResponse;
import io.milvus.grpc.DescribeCollectionRequest;
import io.milvus.grpc.DescribeCollectionResponse;
import io.milvus.grpc.FlushRequest;
import io.milvus.grpc.FlushResponse;
import io.milvus.grpc.GetFlushAllStateRequest;
import io.milvus.grpc.GetFlushAllStateResponse;
import io.milvus.grpc.GetFlushStateRequest;
import io.milvus.grpc.GetLoadStateRequest;
import io.milvus.grpc.GetLoadStateResponse;
import io.milvus.grpc.IDs;
import io.milvus.grpc.ListAliasesRequest;
import io.milvus.grpc.ListAliasesResponse;
import io.milvus.grpc.LoadState;
import io.milvus.grpc.MilvusServiceGrpc;
import io.milvus.grpc.MutationResult;
import io.milvus.shaded.io.grpc.ManagedChannel;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.GetLoadStateReq;
import io.milvus.v2.service.collection.request.ReleaseCollectionReq;
import io.milvus.v2.service.resourcegroup.request.DescribeResourceGroupReq;
import io.milvus.v2.service.resourcegroup.request.ListResourceGroupsReq;
import io.milvus.v2.service.resourcegroup.response.DescribeResourceGroupResp;
import io.milvus.v2.service.resourcegroup.response.ListResourceGroupsResp;
import io.milvus.v2.service.utility.request.FlushAllReq;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.utility.request.GetFlushAllStateReq;
import io.milvus.v2.service.utility.request.GetPersistentSegmentInfoReq;
import io.milvus.v2.service.utility.request.GetQuerySegmentInfoReq;
import io.milvus.v2.service.utility.request.GetServerVersionReq;
import io.milvus.v2.service.utility.response.GetPersistentSegmentInfoResp;
import io.milvus.v2.service.utility.response.GetQuerySegmentInfoResp;
import io.milvus.v2.service.utility.response.GetServerVersionResp;
import io.milvus.v2.service.vector.request.DeleteReq;
import io.milvus.v2.service.vector.request.InsertReq;
import io.milvus.v2.service.vector.response.DeleteResp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The official Java SDK (2.6.22: {@code MilvusClientV2}, and its own generated stubs for fields the client classes
 * do not expose) against the server {@code quiver serve} runs: each test pins one behaviour of a Milvus 2.6
 * standalone that the engine used to get wrong (issue 9).
 */
class JavaSdkConformanceIT {
    private static final int DIM = 4;
    /** A hybrid timestamp about a day ahead of now: no Milvus channel checkpoint has reached it. */
    private static final long FUTURE_TS = (System.currentTimeMillis() + TimeUnit.DAYS.toMillis(1)) << 18;

    private static QuiverServe server;
    private static ManagedChannel channel;
    private static MilvusServiceGrpc.MilvusServiceBlockingStub stub;
    private MilvusClientV2 client;
    private String collection;

    @BeforeAll
    static void start() throws Exception {
        server = QuiverServe.start();
        channel = server.channel();
        stub = MilvusServiceGrpc.newBlockingStub(channel);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        server.close();
    }

    @BeforeEach
    void connect(TestInfo test) {
        client = new MilvusClientV2(ConnectConfig.builder().uri(server.uri()).build());
        collection = test.getTestMethod().orElseThrow().getName();
        client.createCollection(CreateCollectionReq.builder().collectionName(collection).dimension(DIM).build());
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void describeCollectionSendsTheUpdateTimestampAsDecimalDigits() {
        DescribeCollectionResponse described = stub.describeCollection(DescribeCollectionRequest.newBuilder()
                .setCollectionName(collection).build());
        assertThat(described.getStatus().getCode()).isZero();
        assertThat(described.getUpdateTimestamp()).isPositive();
        assertThat(described.getUpdateTimestampStr()).as("the Node SDK parses it as a Long")
                .matches("[0-9]+").isEqualTo(Long.toUnsignedString(described.getUpdateTimestamp()));
    }

    @Test
    void deleteReportsTheCountAndLeavesTheIdsEmpty() {
        insert(1, 2, 3);
        DeleteResp deleted = client.delete(DeleteReq.builder().collectionName(collection).filter("id in [1, 2]")
                .build());
        assertThat(deleted.getDeleteCnt()).isEqualTo(2);

        MutationResult raw = stub.delete(DeleteRequest.newBuilder().setCollectionName(collection)
                .setExpr("id in [3]").build());
        assertThat(raw.getStatus().getCode()).isZero();
        assertThat(raw.getDeleteCnt()).isEqualTo(1);
        assertThat(raw.getIDs().getIdFieldCase()).as("Milvus >= 2.3.2 sends no IDs on delete")
                .isEqualTo(IDs.IdFieldCase.IDFIELD_NOT_SET);
        assertThat(raw.getSuccIndexList()).isEmpty();
    }

    @Test
    void serverVersionDetailIsAStandalonesConnectInfo() {
        GetServerVersionResp simple = client.getServerVersionV2(GetServerVersionReq.builder().build());
        assertThat(simple.getVersion()).isNotBlank();
        assertThat(simple.getDeployMode()).isNull();

        GetServerVersionResp detail = client.getServerVersionV2(GetServerVersionReq.builder().detail(true).build());
        assertThat(detail.getVersion()).isNotBlank();
        assertThat(detail.getBuildTime()).isNotBlank();
        assertThat(detail.getGitCommit()).isNotBlank();
        assertThat(detail.getGoVersion()).isNotBlank();
        assertThat(detail.getDeployMode()).isEqualTo("STANDALONE");
    }

    @Test
    void loadStateOfAMissingCollectionIsNotExistWithSuccess() {
        GetLoadStateResponse raw = stub.getLoadState(GetLoadStateRequest.newBuilder().setCollectionName("nowhere")
                .build());
        assertThat(raw.getStatus().getCode()).as("Milvus's proxy answers success").isZero();
        assertThat(raw.getState()).isEqualTo(LoadState.LoadStateNotExist);
        // The 2.6 SDK sends GetLoadState alone and turns NotExist into its own client-side error, against Milvus too.
        assertThatThrownBy(() -> client.getLoadState(GetLoadStateReq.builder().collectionName("nowhere").build()))
                .isInstanceOf(MilvusClientException.class).hasMessageContaining("doesn't exist");
        assertThat(client.getLoadState(GetLoadStateReq.builder().collectionName(collection).build())).isTrue();
    }

    @Test
    void flushStateIsFalseForAFutureTimestamp() {
        insert(1, 2);
        FlushResponse flushed = stub.flush(FlushRequest.newBuilder().addCollectionNames(collection).build());
        long flushTs = flushed.getCollFlushTsOrThrow(collection);
        assertThat(stub.getFlushState(GetFlushStateRequest.newBuilder().setCollectionName(collection)
                .setFlushTs(flushTs).build()).getFlushed()).isTrue();
        assertThat(stub.getFlushState(GetFlushStateRequest.newBuilder().setCollectionName(collection)
                .setFlushTs(FUTURE_TS).build()).getFlushed()).as("no checkpoint is in the future").isFalse();
    }

    @Test
    @SuppressWarnings("deprecation")
    void flushAllAnswersTheLegacyTimestampAndHonoursPerChannelTimestamps() {
        insert(1, 2);
        long flushAllTs = client.flushAll(FlushAllReq.builder().build()).getFlushAllTs();
        assertThat(flushAllTs).isPositive();
        assertThat(client.getFlushAllState(GetFlushAllStateReq.builder().flushAllTs(flushAllTs).build())
                .getFlushed()).isTrue();

        GetFlushAllStateResponse byChannel = stub.getFlushAllState(GetFlushAllStateRequest.newBuilder()
                .putFlushAllTss("quiver-dml_0", flushAllTs).build());
        assertThat(byChannel.getStatus().getCode()).isZero();
        assertThat(byChannel.getFlushed()).isTrue();
        assertThat(stub.getFlushAllState(GetFlushAllStateRequest.newBuilder()
                .putFlushAllTss("quiver-dml_0", FUTURE_TS).build()).getFlushed()).isFalse();
        assertThat(stub.getFlushAllState(GetFlushAllStateRequest.newBuilder().setFlushAllTs(FUTURE_TS).build())
                .getFlushed()).isFalse();

        GetFlushAllStateResponse neither = stub.getFlushAllState(GetFlushAllStateRequest.getDefaultInstance());
        assertThat(neither.getStatus().getCode()).isEqualTo(1100);
        assertThat(neither.getStatus().getReason()).contains("FlushAllTss or FlushAllTs is required");
    }

    @Test
    void flushedSegmentsAreFlushedWhenPersistedAndSealedWhenServed() {
        insert(1, 2, 3, 4, 5);
        client.flush(FlushReq.builder().collectionNames(List.of(collection)).build());

        GetPersistentSegmentInfoResp persistent = client.getPersistentSegmentInfo(GetPersistentSegmentInfoReq
                .builder().collectionName(collection).build());
        assertThat(persistent.getSegmentInfos()).hasSize(1);
        GetPersistentSegmentInfoResp.PersistentSegmentInfo stored = persistent.getSegmentInfos().get(0);
        assertThat(stored.getState()).isEqualTo("Flushed");
        assertThat(stored.getLevel()).isEqualTo("L1");
        assertThat(stored.getNumOfRows()).isEqualTo(5);

        GetQuerySegmentInfoResp served = client.getQuerySegmentInfo(GetQuerySegmentInfoReq.builder()
                .collectionName(collection).build());
        assertThat(served.getSegmentInfos()).hasSize(1);
        GetQuerySegmentInfoResp.QuerySegmentInfo loaded = served.getSegmentInfos().get(0);
        assertThat(loaded.getState()).as("as the SDK's own suite expects").isEqualTo("Sealed");
        assertThat(loaded.getLevel()).isEqualTo("L1");
        assertThat(loaded.getNumOfRows()).isEqualTo(5);
        assertThat(loaded.getNodeIDs()).hasSize(1);
        assertThat(loaded.getNodeIDs().get(0)).isPositive();
    }

    @Test
    void aliasResponsesCarryEveryField() {
        String alias = collection + "_alias";
        assertThat(stub.createAlias(CreateAliasRequest.newBuilder().setCollectionName(collection).setAlias(alias)
                .build()).getCode()).isZero();
        DescribeAliasResponse described = stub.describeAlias(DescribeAliasRequest.newBuilder().setAlias(alias)
                .build());
        assertThat(described.getStatus().getCode()).isZero();
        assertThat(described.getDbName()).isEqualTo("default");
        assertThat(described.getAlias()).isEqualTo(alias);
        assertThat(described.getCollection()).isEqualTo(collection);
        ListAliasesResponse listed = stub.listAliases(ListAliasesRequest.newBuilder().setCollectionName(collection)
                .build());
        assertThat(listed.getStatus().getCode()).isZero();
        assertThat(listed.getDbName()).isEqualTo("default");
        assertThat(listed.getCollectionName()).isEqualTo(collection);
        assertThat(listed.getAliasesList()).containsExactly(alias);
    }

    @Test
    void aLoadedCollectionHasOneReplicaOnTheOneNodeOfTheDefaultResourceGroup() {
        GetReplicasResponse replicas = stub.getReplicas(GetReplicasRequest.newBuilder().setCollectionName(collection)
                .setWithShardNodes(true).build());
        assertThat(replicas.getStatus().getCode()).isZero();
        assertThat(replicas.getReplicasList()).hasSize(1);
        ReplicaInfo replica = replicas.getReplicas(0);
        assertThat(replica.getNodeIdsList()).containsExactly(1L);
        assertThat(replica.getResourceGroupName()).isEqualTo("__default_resource_group");
        assertThat(replica.getShardReplicasList()).hasSize(1);

        client.releaseCollection(ReleaseCollectionReq.builder().collectionName(collection).build());
        GetReplicasResponse released = stub.getReplicas(GetReplicasRequest.newBuilder()
                .setCollectionName(collection).build());
        assertThat(released.getStatus().getCode()).as("replica not found").isEqualTo(400);
        assertThat(released.getStatus().getReason()).contains("failed to get replicas by collection");
    }

    @Test
    void theDefaultResourceGroupHoldsTheNodeAndTheLoadedCollections() {
        ListResourceGroupsResp groups = client.listResourceGroups(ListResourceGroupsReq.builder().build());
        assertThat(groups.getGroupNames()).containsExactly("__default_resource_group");
        DescribeResourceGroupResp group = client.describeResourceGroup(DescribeResourceGroupReq.builder()
                .groupName("__default_resource_group").build());
        assertThat(group.getCapacity()).isEqualTo(1_000_000);
        assertThat(group.getNumberOfAvailableNode()).isEqualTo(1);
        assertThat(group.getNumberOfLoadedReplica()).containsEntry(collection, 1);
        assertThatThrownBy(() -> client.describeResourceGroup(DescribeResourceGroupReq.builder()
                .groupName("elsewhere").build())).isInstanceOf(MilvusClientException.class)
                .hasMessageContaining("resource group not found");
    }

    @Test
    void batchDescribeAndIndexStatisticsAnswerAsTheirSingleForms() {
        BatchDescribeCollectionResponse batch = stub.batchDescribeCollection(BatchDescribeCollectionRequest
                .newBuilder().addCollectionName(collection).build());
        assertThat(batch.getStatus().getCode()).isZero();
        assertThat(batch.getResponsesList()).hasSize(1);
        assertThat(batch.getResponses(0).getCollectionName()).isEqualTo(collection);

        GetIndexStatisticsResponse statistics = stub.getIndexStatistics(GetIndexStatisticsRequest.newBuilder()
                .setCollectionName(collection).build());
        assertThat(statistics.getStatus().getCode()).isZero();
        assertThat(statistics.getIndexDescriptionsList()).extracting(d -> d.getFieldName()).containsExactly("vector");

        ComponentStates states = stub.getComponentStates(GetComponentStatesRequest.getDefaultInstance());
        assertThat(states.getStatus().getCode()).isZero();
        assertThat(states.getState().getStateCode()).isEqualTo(StateCode.Healthy);
    }

    private void insert(long... ids) {
        List<JsonObject> rows = new ArrayList<>();
        for (long id : ids) {
            JsonObject row = new JsonObject();
            row.addProperty("id", id);
            JsonArray vector = new JsonArray();
            for (int i = 0; i < DIM; i++) {
                vector.add((float) (id + i));
            }
            row.add("vector", vector);
            rows.add(row);
        }
        client.insert(InsertReq.builder().collectionName(collection).data(rows).build());
    }
}
