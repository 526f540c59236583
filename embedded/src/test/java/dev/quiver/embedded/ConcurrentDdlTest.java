package dev.quiver.embedded;

import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ShowPartitionsRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

import static dev.quiver.embedded.EngineFixture.assertOk;
import static org.assertj.core.api.Assertions.assertThat;

/** Concurrent catalog changes are serialized without losing any, while readers keep reading. */
class ConcurrentDdlTest {

    @Test
    void concurrentCreatesAreAllApplied() throws Exception {
        try (EngineFixture fx = EngineFixture.inMemory()) {
            fx.createCollection("shared");
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> work = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    int thread = t;
                    work.add(pool.submit(() -> {
                        for (int i = 0; i < 10; i++) {
                            fx.createCollection(fx.stub, "c_" + thread + "_" + i, 4);
                            assertOk(fx.stub.createPartition(CreatePartitionRequest.newBuilder()
                                    .setCollectionName("shared").setPartitionName("p_" + thread + "_" + i).build()));
                            assertOk(fx.stub.showCollections(ShowCollectionsRequest.getDefaultInstance()).getStatus());
                        }
                        return null;
                    }));
                }
                for (Future<?> future : work) {
                    future.get();
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(fx.stub.showCollections(ShowCollectionsRequest.getDefaultInstance()).getCollectionNamesCount())
                    .isEqualTo(81);
            assertThat(fx.stub.showPartitions(ShowPartitionsRequest.newBuilder().setCollectionName("shared").build())
                    .getPartitionNamesCount()).isEqualTo(81);
        }
    }
}
