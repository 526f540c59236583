package dev.quiver.embedded.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CompactionState;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.GetCompactionStateRequest;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.ManualCompactionResponse;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.PersistentSegmentInfo;
import dev.quiver.proto.milvus.QueryResults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteUpsertCompactionTest extends EngineFixture {

    @BeforeEach
    void setUp() {
        start();
        catalog.create("c", SegmentsAndFlushTest.SCHEMA, Map.of("v", "L2"));
        catalog.load("c");
        insert("c", Rows.longs("id", 1, 2, 3, 4), Rows.floatVectors("v", new float[] {1, 0}, new float[] {2, 0},
                new float[] {3, 0}, new float[] {4, 0}));
    }

    private List<Long> ids() {
        return column(query("c", "", List.of(), "limit", "100"), "id").getScalars().getLongData().getDataList();
    }

    @Test
    void deletedRowsDisappearAndReinsertedRowsComeBack() {
        MutationResult deleted = delete("c", "id in [2, 3, 99]");
        assertThat(deleted.getDeleteCnt()).isEqualTo(3);
        assertThat(deleted.getIDs().getIdFieldCase()).as("Milvus >= 2.3.2 leaves IDs empty on delete")
                .isEqualTo(dev.quiver.proto.milvus.IDs.IdFieldCase.IDFIELD_NOT_SET);
        assertThat(deleted.getSuccIndexList()).isEmpty();
        assertThat(ids()).containsExactly(1L, 4L);
        assertThat(search("c", Rows.floatQueries(new float[] {2, 0}), "", List.of(), "topk", "4").getResults()
                .getIds().getIntId().getDataList()).containsExactly(1L, 4L);

        insert("c", Rows.longs("id", 2), Rows.floatVectors("v", new float[] {20, 0}));
        assertThat(ids()).as("query rows come back in primary-key order").containsExactly(1L, 2L, 4L);
        assertThat(count("c")).isEqualTo(3);
        assertThat(engine.rowCount(catalog.get("c").id(), null)).isEqualTo(5);
    }

    @Test
    void upsertReplacesRowsAtomically() {
        MutationResult result = upsert("c", Rows.longs("id", 2, 5), Rows.floatVectors("v", new float[] {7, 7},
                new float[] {5, 5}));
        assertThat(result.getUpsertCnt()).isEqualTo(2);
        assertThat(result.getInsertCnt()).isEqualTo(2);
        assertThat(result.getDeleteCnt()).isEqualTo(2);
        assertThat(result.getIDs().getIntId().getDataList()).containsExactly(2L, 5L);
        assertThat(count("c")).isEqualTo(5);
        QueryResults row = query("c", "id == 2", List.of("v"));
        assertThat(column(row, "v").getVectors().getFloatVector().getDataList()).containsExactly(7f, 7f);
    }

    @Test
    void compactionRewritesSealedSegmentsWithoutDeletedRows() {
        engine.flush(DB, FlushRequest.newBuilder().addCollectionNames("c").build());
        delete("c", "id in [1, 4]");
        List<PersistentSegmentInfo> before = engine.getPersistentSegmentInfo(DB,
                GetPersistentSegmentInfoRequest.newBuilder().setCollectionName("c").build()).getInfosList();
        assertThat(before).singleElement().satisfies(s -> assertThat(s.getNumRows()).isEqualTo(4));
        assertThat(engine.rowCount(catalog.get("c").id(), null)).isEqualTo(4);

        ManualCompactionResponse compaction = engine.manualCompaction(DB, ManualCompactionRequest.newBuilder()
                .setCollectionID(catalog.get("c").id()).build());
        assertThat(compaction.getCompactionPlanCount()).isEqualTo(1);
        assertThat(engine.getCompactionState(DB, GetCompactionStateRequest.newBuilder()
                .setCompactionID(compaction.getCompactionID()).build()).getState()).isEqualTo(CompactionState.Completed);
        List<PersistentSegmentInfo> after = engine.getPersistentSegmentInfo(DB,
                GetPersistentSegmentInfoRequest.newBuilder().setCollectionName("c").build()).getInfosList();
        assertThat(after).singleElement().satisfies(s -> {
            assertThat(s.getNumRows()).isEqualTo(2);
            assertThat(s.getSegmentID()).isNotEqualTo(before.get(0).getSegmentID());
        });
        assertThat(engine.rowCount(catalog.get("c").id(), null)).isEqualTo(2);
        assertThat(ids()).containsExactly(2L, 3L);
    }
}
