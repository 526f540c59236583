package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FlushAllRequest;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.FlushResponse;
import dev.quiver.proto.milvus.GetFlushAllStateRequest;
import dev.quiver.proto.milvus.GetFlushStateRequest;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoRequest;
import dev.quiver.proto.milvus.GetQuerySegmentInfoRequest;
import dev.quiver.proto.milvus.PersistentSegmentInfo;
import dev.quiver.proto.milvus.QuerySegmentInfo;
import dev.quiver.proto.milvus.SegmentState;
import dev.quiver.embedded.time.HybridClock;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SegmentsAndFlushTest extends EngineFixture {
    static final CollectionSchema SCHEMA = CollectionSchema.newBuilder()
            .addFields(pk("id", DataType.Int64, false))
            .addFields(field("v", DataType.FloatVector, "dim", "2"))
            .build();

    @BeforeEach
    void setUp() {
        start(DataOptions.defaults().withSealRows(10));
        catalog.create("c", SCHEMA, Map.of("v", "L2"));
        catalog.load("c");
    }

    static long[] range(long from, long to) {
        return LongStream.range(from, to).toArray();
    }

    void insertRange(String collection, long from, long to) {
        long[] ids = range(from, to);
        float[][] vectors = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            vectors[i] = new float[] {ids[i], 1};
        }
        insert(collection, Rows.longs("id", ids), Rows.floatVectors("v", vectors));
    }

    List<PersistentSegmentInfo> segments() {
        return engine.getPersistentSegmentInfo(DB, GetPersistentSegmentInfoRequest.newBuilder()
                .setCollectionName("c").build()).getInfosList();
    }

    FlushResponse flush() {
        return engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("c").build());
    }

    @Test
    void flushSealsTheGrowingSegmentAndLaterInsertsStartANewOne() {
        insertRange("c", 0, 3);
        List<PersistentSegmentInfo> before = segments();
        assertThat(before).singleElement().satisfies(s -> {
            assertThat(s.getState()).isEqualTo(SegmentState.Growing);
            assertThat(s.getNumRows()).isEqualTo(3);
        });
        FlushResponse first = flush();
        assertThat(first.getDbName()).isEqualTo(DB);
        assertThat(first.getCollSegIDsMap().get("c").getDataList()).containsExactly(before.get(0).getSegmentID());
        assertThat(first.getFlushCollSegIDsMap().get("c").getDataList()).isEmpty();
        long flushTs = first.getCollFlushTsMap().get("c");
        assertThat(first.getCollSealTimesMap().get("c")).isEqualTo(HybridClock.physicalMillis(flushTs) / 1000);
        assertThat(engine.getFlushState(DB, GetFlushStateRequest.newBuilder()
                .addAllSegmentIDs(first.getCollSegIDsMap().get("c").getDataList()).setFlushTs(flushTs).build())
                .getFlushed()).isTrue();

        insertRange("c", 3, 5);
        List<PersistentSegmentInfo> after = segments();
        assertThat(after).hasSize(2);
        assertThat(after.get(0).getState()).isEqualTo(SegmentState.Flushed);
        assertThat(after.get(1).getState()).isEqualTo(SegmentState.Growing);
        assertThat(after.get(1).getSegmentID()).isNotEqualTo(after.get(0).getSegmentID());
        assertThat(after.get(1).getNumRows()).isEqualTo(2);

        FlushResponse second = flush();
        assertThat(second.getCollSegIDsMap().get("c").getDataList()).containsExactly(after.get(1).getSegmentID());
        assertThat(second.getFlushCollSegIDsMap().get("c").getDataList()).containsExactly(after.get(0).getSegmentID());
        assertThat(count("c")).isEqualTo(5);
        assertThat(engine.rowCount(catalog.get("c").id(), null)).isEqualTo(5);
    }

    @Test
    void growingSegmentsSealBySize() {
        insertRange("c", 0, 6);
        insertRange("c", 6, 12);
        insertRange("c", 12, 14);
        List<PersistentSegmentInfo> infos = segments();
        assertThat(infos).hasSize(2);
        assertThat(infos.get(0).getNumRows()).isEqualTo(12);
        assertThat(infos.get(0).getState()).isEqualTo(SegmentState.Flushed);
        assertThat(infos.get(1).getNumRows()).isEqualTo(2);
        assertThat(infos.get(1).getState()).isEqualTo(SegmentState.Growing);
        assertThat(count("c")).isEqualTo(14);
    }

    @Test
    void flushAllStateIsTruthful() {
        insertRange("c", 0, 3);
        long before = clock.next();
        assertThat(engine.getFlushAllState(DB, GetFlushAllStateRequest.newBuilder().setFlushAllTs(before).build())
                .getFlushed()).isFalse();
        long flushAllTs = engine.flushAll(DB, FlushAllRequest.getDefaultInstance()).getFlushAllTs();
        assertThat(flushAllTs).isGreaterThan(before);
        insertRange("c", 3, 4);
        assertThat(engine.getFlushAllState(DB, GetFlushAllStateRequest.newBuilder().setFlushAllTs(flushAllTs)
                .build()).getFlushed()).isTrue();
        assertError(() -> engine.flushAll(DB, FlushAllRequest.newBuilder().setDbName("nope").build()), 800,
                "database not found[database=nope]");
    }

    @Test
    void flushStateWithCollectionChecksEverythingBeforeTheTimestamp() {
        insertRange("c", 0, 3);
        long ts = clock.next();
        GetFlushStateRequest request = GetFlushStateRequest.newBuilder().setCollectionName("c").setFlushTs(ts).build();
        assertThat(engine.getFlushState(DB, request).getFlushed()).isFalse();
        flush();
        assertThat(engine.getFlushState(DB, request).getFlushed()).isTrue();
        assertError(() -> engine.getFlushState(DB, GetFlushStateRequest.newBuilder().setCollectionName("zz").build()),
                100, "collection not found");
        assertError(() -> engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("zz").build()), 100,
                "collection not found[database=default][collection=zz]");
    }

    @Test
    void querySegmentInfoListsOnlyLoadedPartitions() {
        catalog.createPartition("c", "p1");
        catalog.load("c", "p1");
        insertRange("c", 0, 3);
        insertInto("c", "p1", Rows.longs("id", 100), Rows.floatVectors("v", new float[] {1, 1}));
        flush();
        CollectionInfo info = catalog.get("c");
        long p1 = info.partition("p1").orElseThrow().id();
        List<QuerySegmentInfo> all = engine.getQuerySegmentInfo(DB, GetQuerySegmentInfoRequest.newBuilder()
                .setCollectionName("c").build()).getInfosList();
        assertThat(all).hasSize(2);
        catalog.release("c", "_default");
        List<QuerySegmentInfo> loaded = engine.getQuerySegmentInfo(DB, GetQuerySegmentInfoRequest.newBuilder()
                .setCollectionName("c").build()).getInfosList();
        assertThat(loaded).singleElement().satisfies(s -> {
            assertThat(s.getPartitionID()).isEqualTo(p1);
            assertThat(s.getNumRows()).isEqualTo(1);
            assertThat(s.getIndexName()).isEqualTo("v_idx");
        });
        assertThat(engine.rowCount(info.id(), p1)).isEqualTo(1);
        assertThat(engine.rowCount(info.id(), null)).isEqualTo(4);
    }

    @Test
    void releaseDropsSealedRowsFromTheReadPathAndLoadBringsThemBack() {
        insertRange("c", 0, 4);
        long sealed = flush().getCollSegIDsMap().get("c").getData(0);
        assertThat(engine.segmentInMemory(sealed)).isTrue();
        catalog.release("c");
        assertThat(engine.segmentInMemory(sealed)).isFalse();
        catalog.load("c");
        assertThat(engine.segmentInMemory(sealed)).isTrue();
        assertThat(count("c")).isEqualTo(4);
    }
}
