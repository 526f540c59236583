package dev.quiver.embedded;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.milvus.grpc.LoadState;
import io.milvus.v2.client.ConnectConfig;
import io.milvus.v2.client.MilvusClientV2;
import io.milvus.v2.exception.MilvusClientException;
import io.milvus.v2.service.collection.request.CreateCollectionReq;
import io.milvus.v2.service.collection.request.DropCollectionReq;
import io.milvus.v2.service.collection.request.GetCollectionStatsReq;
import io.milvus.v2.service.collection.request.GetLoadStateReq;
import io.milvus.v2.service.collection.request.HasCollectionReq;
import io.milvus.v2.service.collection.request.LoadCollectionReq;
import io.milvus.v2.service.partition.request.CreatePartitionReq;
import io.milvus.v2.service.partition.request.ReleasePartitionsReq;
import io.milvus.v2.service.utility.request.FlushAllReq;
import io.milvus.v2.service.utility.request.FlushReq;
import io.milvus.v2.service.utility.request.GetFlushAllStateReq;
import io.milvus.v2.service.vector.request.QueryReq;
import io.milvus.v2.service.vector.request.SearchReq;
import io.milvus.v2.service.vector.request.data.FloatVec;
import io.milvus.v2.service.vector.response.InsertResp;
import io.milvus.v2.service.vector.response.QueryResp;
import io.milvus.v2.service.vector.response.SearchResp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The official Milvus Java SDK (2.6.22, {@code MilvusClientV2}) drives the engine over TCP loopback through the
 * whole collection lifecycle; every step asserts what the official client sees.
 */
class OfficialJavaSdkIT {
    private static final String COLLECTION = "quick";
    private static final int DIM = 5;

    @Test
    void officialClientWalksTheLifecycle() throws Exception {
        try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().inMemory().port(0).build()) {
            MilvusClientV2 client = new MilvusClientV2(ConnectConfig.builder()
                    .uri("http://127.0.0.1:" + milvus.port()).build());
            try {
                walk(client);
            } finally {
                client.close();
            }
        }
    }

    @Test
    void persistedDataAndLoadStateSurviveARestart(@TempDir Path dir) throws Exception {
        try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(dir).port(0).build()) {
            MilvusClientV2 client = connect(milvus);
            try {
                client.createCollection(CreateCollectionReq.builder().collectionName(COLLECTION).dimension(DIM).build());
                client.insert(io.milvus.v2.service.vector.request.InsertReq.builder().collectionName(COLLECTION)
                        .data(rows()).build());
            } finally {
                client.close();
            }
        }
        try (EmbeddedMilvus milvus = EmbeddedMilvus.builder().dataDirectory(dir).port(0).build()) {
            MilvusClientV2 client = connect(milvus);
            try {
                assertThat(collectionState(client)).as("reloaded on restart").isEqualTo(LoadState.LoadStateLoaded);
                QueryResp count = client.query(QueryReq.builder().collectionName(COLLECTION).filter("")
                        .outputFields(List.of("count(*)")).build());
                assertThat(count.getQueryResults().get(0).getEntity().get("count(*)")).isEqualTo(5L);
                assertThat(topHit(client)).isEqualTo(2L);
            } finally {
                client.close();
            }
        }
    }

    private static MilvusClientV2 connect(EmbeddedMilvus milvus) {
        return new MilvusClientV2(ConnectConfig.builder().uri("http://" + milvus.address()).build());
    }

    private static void walk(MilvusClientV2 client) {
        client.createCollection(CreateCollectionReq.builder().collectionName(COLLECTION).dimension(DIM).build());
        assertThat(collectionState(client)).isEqualTo(LoadState.LoadStateLoaded);
        assertThat(client.getLoadState(GetLoadStateReq.builder().collectionName(COLLECTION).build())).isTrue();

        client.createPartition(CreatePartitionReq.builder().collectionName(COLLECTION).partitionName("p1").build());
        assertThat(partitionState(client, "p1")).as("created while loaded").isEqualTo(LoadState.LoadStateLoaded);

        InsertResp inserted = client.insert(io.milvus.v2.service.vector.request.InsertReq.builder()
                .collectionName(COLLECTION).partitionName("p1").data(rows()).build());
        assertThat(inserted.getInsertCnt()).isEqualTo(5);
        assertThat(inserted.getPrimaryKeys()).containsExactly(0L, 1L, 2L, 3L, 4L);

        client.flush(FlushReq.builder().collectionNames(List.of(COLLECTION)).build());
        assertThat(client.getCollectionStats(GetCollectionStatsReq.builder().collectionName(COLLECTION).build())
                .getNumOfEntities()).isEqualTo(5);

        assertThat(topHit(client)).isEqualTo(2L);
        QueryResp query = client.query(QueryReq.builder().collectionName(COLLECTION).filter("id in [1, 3]")
                .outputFields(List.of("id", "color")).build());
        assertThat(query.getQueryResults()).extracting(r -> r.getEntity().get("id")).containsExactlyInAnyOrder(1L, 3L);
        assertThat(query.getQueryResults()).extracting(r -> r.getEntity().get("color"))
                .containsExactlyInAnyOrder("c1", "c3");
        QueryResp count = client.query(QueryReq.builder().collectionName(COLLECTION).filter("")
                .outputFields(List.of("count(*)")).build());
        assertThat(count.getQueryResults().get(0).getEntity().get("count(*)")).isEqualTo(5L);

        client.releasePartitions(ReleasePartitionsReq.builder().collectionName(COLLECTION)
                .partitionNames(List.of("p1")).build());
        assertThat(partitionState(client, "p1")).isEqualTo(LoadState.LoadStateNotLoad);
        assertThat(collectionState(client)).as("_default is still loaded").isEqualTo(LoadState.LoadStateLoaded);

        client.releasePartitions(ReleasePartitionsReq.builder().collectionName(COLLECTION)
                .partitionNames(List.of("_default")).build());
        assertThat(collectionState(client)).isEqualTo(LoadState.LoadStateNotLoad);
        assertThatThrownBy(() -> topHit(client)).isInstanceOfSatisfying(MilvusClientException.class,
                e -> assertThat(e.getServerErrCode()).isEqualTo(101)).hasMessageContaining("collection not loaded");

        client.loadCollection(LoadCollectionReq.builder().collectionName(COLLECTION).build());
        assertThat(collectionState(client)).isEqualTo(LoadState.LoadStateLoaded);
        assertThat(topHit(client)).isEqualTo(2L);

        long flushAllTs = client.flushAll(FlushAllReq.builder().build()).getFlushAllTs();
        assertThat(flushAllTs).isPositive();
        assertThat(client.getFlushAllState(GetFlushAllStateReq.builder().flushAllTs(flushAllTs).build()).getFlushed())
                .isTrue();

        client.dropCollection(DropCollectionReq.builder().collectionName(COLLECTION).build());
        assertThat(client.hasCollection(HasCollectionReq.builder().collectionName(COLLECTION).build())).isFalse();
        assertThatThrownBy(() -> collectionState(client)).as("the SDK turns LoadStateNotExist into an error")
                .isInstanceOf(MilvusClientException.class).hasMessageContaining("'quick' doesn't exist");
    }

    /** Row {@code i} has the unit vector along axis {@code i}, so a query along axis 2 finds id 2 first. */
    private static List<JsonObject> rows() {
        List<JsonObject> rows = new ArrayList<>();
        for (int i = 0; i < DIM; i++) {
            JsonObject row = new JsonObject();
            row.addProperty("id", i);
            JsonArray vector = new JsonArray();
            for (int d = 0; d < DIM; d++) {
                vector.add(d == i ? 1.0f : 0.0f);
            }
            row.add("vector", vector);
            row.addProperty("color", "c" + i);
            rows.add(row);
        }
        return rows;
    }

    private static Object topHit(MilvusClientV2 client) {
        SearchResp response = client.search(SearchReq.builder().collectionName(COLLECTION)
                .data(List.of(new FloatVec(new float[] {0f, 0.1f, 1f, 0f, 0f}))).topK(3)
                .outputFields(List.of("color")).build());
        assertThat(response.getSearchResults()).hasSize(1);
        List<SearchResp.SearchResult> hits = response.getSearchResults().get(0);
        assertThat(hits).hasSize(3);
        assertThat(hits.get(0).getEntity()).containsEntry("color", "c2");
        assertThat(hits.get(0).getScore()).isGreaterThan(hits.get(1).getScore());
        return hits.get(0).getId();
    }

    private static LoadState collectionState(MilvusClientV2 client) {
        return client.getLoadStateV2(GetLoadStateReq.builder().collectionName(COLLECTION).build()).getState();
    }

    private static LoadState partitionState(MilvusClientV2 client, String partition) {
        return client.getLoadStateV2(GetLoadStateReq.builder().collectionName(COLLECTION).partitionName(partition)
                .build()).getState();
    }
}
