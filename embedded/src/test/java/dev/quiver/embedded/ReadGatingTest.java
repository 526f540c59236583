package dev.quiver.embedded;

import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.LoadPartitionsRequest;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static dev.quiver.embedded.StatusAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

/** Reference §9.8 end to end: reads see only loaded data, with Milvus's 100/101/201 errors. */
class ReadGatingTest {
    private EngineFixture fx;

    @BeforeEach
    void start() throws IOException {
        fx = EngineFixture.inMemory();
        fx.createCollection("c");
        fx.indexVector("c");
        assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder().setCollectionName("c")
                .setPartitionName("p1").build()));
        fx.insert("c", "", 1, 3, 4);
        fx.insert("c", "p1", 10, 2, 4);
    }

    @AfterEach
    void stop() {
        fx.close();
    }

    private QueryResults query(String collection, String... partitions) {
        return fx.stub.query(QueryRequest.newBuilder().setCollectionName(collection).setExpr("id in [1, 2, 3, 10, 11]")
                .addOutputFields("id").addAllPartitionNames(List.of(partitions)).build());
    }

    @Test
    void readsFollowTheLoadState() {
        assertError(query("c").getStatus(), 101, ErrorCode.UnexpectedError, "collection not loaded[collection=c]");
        assertError(query("nope").getStatus(), 100, ErrorCode.CollectionNotExists,
                "collection not found[database=default][collection=nope]", true);
        assertOk(fx.stub.loadPartitions(LoadPartitionsRequest.newBuilder().setCollectionName("c")
                .addPartitionNames("p1").build()));
        QueryResults loaded = query("c", "p1");
        assertOk(loaded.getStatus());
        assertThat(loaded.getFieldsData(0).getScalars().getLongData().getDataList()).containsExactlyInAnyOrder(10L, 11L);
        assertError(query("c", "_default").getStatus(), 201, ErrorCode.UnexpectedError,
                "partition not loaded[partition=_default]");
    }
}
