package dev.quiver.embedded.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.QueryRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GatingTest extends EngineFixture {

    @BeforeEach
    void setUp() {
        start();
        catalog.create("c", SegmentsAndFlushTest.SCHEMA, Map.of("v", "L2"));
        catalog.createPartition("c", "p1");
        insert("c", Rows.longs("id", 1), Rows.floatVectors("v", new float[] {1, 0}));
        insertInto("c", "p1", Rows.longs("id", 2), Rows.floatVectors("v", new float[] {0, 1}));
    }

    private QueryRequest queryIn(String... partitions) {
        return QueryRequest.newBuilder().setCollectionName("c").setExpr("id in [1, 2]")
                .addAllPartitionNames(List.of(partitions)).build();
    }

    @Test
    void unloadedCollectionIs101() {
        assertError(() -> engine.query(DB, queryIn()), 101, "collection not loaded[collection=c]");
        assertError(() -> search("c", Rows.floatQueries(new float[] {1, 0}), "", List.of(), "topk", "1"), 101,
                "collection not loaded[collection=c]");
    }

    @Test
    void unknownCollectionIs100() {
        assertError(() -> query("nope", "", List.of(), "limit", "1"), 100,
                "collection not found[database=default][collection=nope]");
    }

    @Test
    void releasedPartitionIs201AndIsNotSearched() {
        catalog.load("c", "p1");
        assertError(() -> engine.query(DB, queryIn("_default")), 201, "partition not loaded[partition=_default]");
        assertError(() -> engine.query(DB, queryIn("zz")), 200, "partition not found[partition=zz]");
        assertThat(column(engine.query(DB, queryIn()), "id").getScalars().getLongData().getDataList())
                .containsExactly(2L);
        assertThat(search("c", Rows.floatQueries(new float[] {1, 0}), "", List.of(), "topk", "5")
                .getResults().getIds().getIntId().getDataList()).containsExactly(2L);
        catalog.load("c");
        assertThat(column(engine.query(DB, queryIn()), "id").getScalars().getLongData().getDataList())
                .containsExactly(1L, 2L);
    }

    @Test
    void simpleDeleteWorksOnUnloadedCollectionsButComplexDeleteNeedsLoad() {
        assertThat(delete("c", "id in [1]").getDeleteCnt()).isEqualTo(1);
        assertError(() -> delete("c", ""), 1100, "delete plan can't be empty or always true : ");
        assertError(() -> delete("c", "id < 0 or true"), 1100, "'or' can only be used between boolean expressions");
        catalog.load("c");
        assertThat(count("c")).isEqualTo(1);
    }

    /**
     * Milvus's plan rewriter turns a filter that folds to the constant true into an AlwaysTrueExpr, which the proxy's
     * delete refuses (IsAlwaysTruePlan) with the filter as given, loaded or not; one that folds to false deletes
     * nothing.
     */
    @Test
    void deleteRefusesEveryFilterThatFoldsToTrue() {
        for (String expr : List.of("true and true", "not false", "(true or false) and not false", " ( TRUE ) ")) {
            assertError(() -> delete("c", expr), 1100, "delete plan can't be empty or always true : " + expr);
        }
        catalog.load("c");
        assertError(() -> delete("c", "not (false or false)"), 1100,
                "delete plan can't be empty or always true : not (false or false)");
        assertThat(delete("c", "true and false").getDeleteCnt()).isZero();
        assertThat(count("c")).isEqualTo(2);
    }
}
