package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Query results in primary-key order across segments, paging by limit/offset and by pk range, iterator snapshots. */
class QueryOrderTest extends EngineFixture {

    private static CollectionSchema schema(String name, DataType pkType) {
        return CollectionSchema.newBuilder().setName(name)
                .addFields(pkType == DataType.VarChar ? pk("id", pkType, false, "max_length", "32")
                        : pk("id", pkType, false))
                .addFields(field("v", DataType.Int64))
                .addFields(field("fv", DataType.FloatVector, "dim", "2"))
                .build();
    }

    @BeforeEach
    void setUp() {
        start();
        catalog.create("ints", schema("ints", DataType.Int64), Map.of("fv", "L2"));
        catalog.load("ints");
        catalog.create("strs", schema("strs", DataType.VarChar), Map.of("fv", "L2"));
        catalog.load("strs");
    }

    private void insertInts(long... ids) {
        long[] v = new long[ids.length];
        float[][] vectors = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            v[i] = ids[i] * 10;
            vectors[i] = new float[] {ids[i], 0};
        }
        insert("ints", Rows.longs("id", ids), Rows.longs("v", v), Rows.floatVectors("fv", vectors));
    }

    private void insertStrs(String... ids) {
        long[] v = new long[ids.length];
        float[][] vectors = new float[ids.length][];
        for (int i = 0; i < ids.length; i++) {
            v[i] = i;
            vectors[i] = new float[] {i, 0};
        }
        insert("strs", Rows.strings("id", ids), Rows.longs("v", v), Rows.floatVectors("fv", vectors));
    }

    private void flush(String collection) {
        engine.flush(DB, FlushRequest.newBuilder().addCollectionNames(collection).build());
    }

    private static List<Long> ints(QueryResults r) {
        return column(r, "id").getScalars().getLongData().getDataList();
    }

    private static List<String> strs(QueryResults r) {
        return column(r, "id").getScalars().getStringData().getDataList();
    }

    @Test
    void int64KeysComeBackAscendingAcrossSealedAndGrowingSegments() {
        insertInts(50, 10, 30);
        flush("ints");
        insertInts(40, 5, 60);
        flush("ints");
        insertInts(20, 1);
        assertThat(ints(query("ints", "", List.of("id", "v"), "limit", "100")))
                .containsExactly(1L, 5L, 10L, 20L, 30L, 40L, 50L, 60L);
        assertThat(column(query("ints", "id > 0", List.of("v"), "limit", "3"), "v").getScalars().getLongData()
                .getDataList()).containsExactly(10L, 50L, 100L);
    }

    @Test
    void varcharKeysComeBackInLexicographicOrderAfterUpsertAndDelete() {
        insertStrs("m", "b", "z");
        flush("strs");
        insertStrs("a", "y", "c");
        upsert("strs", Rows.strings("id", "b", "q"), Rows.longs("v", 100, 101),
                Rows.floatVectors("fv", new float[] {1, 1}, new float[] {2, 2}));
        delete("strs", "id in [\"y\"]");
        QueryResults r = query("strs", "", List.of("id", "v"), "limit", "100");
        assertThat(strs(r)).containsExactly("a", "b", "c", "m", "q", "z");
        assertThat(column(r, "v").getScalars().getLongData().getData(1)).isEqualTo(100L);
    }

    @Test
    void limitOffsetPagesCoverEveryRowOnceAfterUpsertsAndDeletes() {
        List<Long> ids = new ArrayList<>();
        for (int batch = 0; batch < 4; batch++) {
            long[] chunk = IntStream.range(0, 26).mapToLong(i -> (i * 37L + 11) % 104).toArray();
            long[] shifted = new long[chunk.length];
            for (int i = 0; i < chunk.length; i++) {
                shifted[i] = chunk[i] * 4 + batch;
            }
            insertInts(shifted);
            flush("ints");
        }
        upsert("ints", Rows.longs("id", 3, 7), Rows.longs("v", -1, -2),
                Rows.floatVectors("fv", new float[] {0, 0}, new float[] {1, 1}));
        delete("ints", "id in [0, 5, 9]");
        List<Long> expected = new ArrayList<>();
        QueryResults all = query("ints", "", List.of("id"), "limit", "16384");
        expected.addAll(ints(all));
        assertThat(expected).isSorted().doesNotHaveDuplicates().doesNotContain(0L, 5L, 9L).contains(3L, 7L);
        for (int offset = 0; offset < expected.size(); offset += 7) {
            ids.addAll(ints(query("ints", "", List.of("id"), "limit", "7", "offset", Integer.toString(offset))));
        }
        assertThat(ids).isEqualTo(expected);
    }

    @Test
    void aKeyInsertedTwiceComesBackOnceWithItsNewestRowInFullAndBoundedPages() {
        long[] ids = IntStream.range(0, 400).mapToLong(i -> 399 - i).toArray();
        insertInts(ids);
        flush("ints");
        insert("ints", Rows.longs("id", 5, 300), Rows.longs("v", -5, -300),
                Rows.floatVectors("fv", new float[] {0, 0}, new float[] {0, 0}));
        QueryResults bounded = query("ints", "", List.of("id", "v"), "limit", "4", "offset", "4");
        assertThat(ints(bounded)).containsExactly(4L, 5L, 6L, 7L);
        assertThat(column(bounded, "v").getScalars().getLongData().getDataList()).containsExactly(40L, -5L, 60L, 70L);
        QueryResults full = query("ints", "id >= 0", List.of("id", "v"));
        assertThat(ints(full)).hasSize(400).isSorted().doesNotHaveDuplicates();
        assertThat(column(full, "v").getScalars().getLongData().getData(300)).isEqualTo(-300L);
        assertThat(count("ints")).as("count(*) counts every visible row, as Milvus's does").isEqualTo(402);
    }

    @Test
    void queryWindowFollowsMilvus() {
        insertInts(1, 2, 3);
        assertError(() -> query("ints", "", List.of("id"), "limit", "18000", "offset", "100"), 1100,
                "invalid max query result window, (offset+limit) should be in range [1, 16384], but got 18100");
        assertError(() -> query("ints", "", List.of("id"), "limit", "0"), 1100,
                "invalid max query result window, limit [0] is invalid, should be greater than 0");
        assertError(() -> query("ints", "", List.of("id"), "limit", "1", "offset", "-1"), 1100,
                "offset [-1] is invalid, should be gte than 0");
        assertThat(ints(query("ints", "", List.of("id"), "limit", "16284", "offset", "100"))).isEmpty();
        assertThat(ints(query("ints", "", List.of("id"), "limit", "2", "offset", "1"))).containsExactly(2L, 3L);
        // without a limit an offset is ignored, as Milvus only reads it next to a limit
        assertThat(ints(query("ints", "id > 0", List.of("id"), "offset", "2"))).containsExactly(1L, 2L, 3L);
    }

    @Test
    void iteratorFlagsAreCheckedLikeMilvus() {
        insertInts(1);
        assertError(() -> query("ints", "", List.of("id"), "limit", "1", "iterator", "yes"), 1100,
                "value for iterator field is invalid");
        assertError(() -> query("ints", "", List.of("id"), "limit", "1", "reduce_stop_for_best", "maybe"), 1100,
                "value for reduce_stop_for_best is invalid");
        long id = catalog.get("ints").id();
        assertError(() -> query("ints", "", List.of("id"), "limit", "1", "iterator", "True", "collection_id",
                Long.toString(id + 1)), 1100, "Input collection id is not consistent to collectionID in the context");
        assertThat(ints(query("ints", "", List.of("id"), "limit", "1", "iterator", "True", "collection_id",
                Long.toString(id)))).containsExactly(1L);
    }

    @Test
    void iteratorSessionTimestampFreezesWhatLaterPagesSee() {
        insertInts(1, 2, 3, 4);
        QueryResults first = engine.query(DB, QueryRequest.newBuilder().setCollectionName("ints").setExpr("")
                .addAllQueryParams(Rows.params("limit", "1", "iterator", "True")).build());
        long session = first.getSessionTs();
        assertThat(session).isPositive();
        assertThat(query("ints", "", List.of("id"), "limit", "1").getSessionTs())
                .as("only the first iterator page sets session_ts").isZero();
        insertInts(0, 5);
        delete("ints", "id in [2]");
        upsert("ints", Rows.longs("id", 3), Rows.longs("v", 999), Rows.floatVectors("fv", new float[] {9, 9}));
        QueryResults frozen = engine.query(DB, QueryRequest.newBuilder().setCollectionName("ints").setExpr("id > 0")
                .addOutputFields("v").setGuaranteeTimestamp(session)
                .addAllQueryParams(Rows.params("limit", "10", "iterator", "True")).build());
        assertThat(ints(frozen)).containsExactly(1L, 2L, 3L, 4L);
        assertThat(column(frozen, "v").getScalars().getLongData().getDataList()).containsExactly(10L, 20L, 30L, 40L);
        assertThat(ints(query("ints", "id > 0", List.of("id"), "limit", "10"))).containsExactly(1L, 3L, 4L, 5L);
    }

    @Test
    void pkRangePagingReturnsEveryStringAndIntegerRowOnceOverFiftyThousandRows() {
        int n = 50_000;
        for (int start = 0; start < n; start += 10_000) {
            long[] ids = new long[10_000];
            String[] keys = new String[10_000];
            for (int i = 0; i < ids.length; i++) {
                long k = ((start + i) * 7919L) % n;
                ids[i] = k;
                keys[i] = "k" + k;
            }
            insertInts(ids);
            insertStrs(keys);
            flush("ints");
            flush("strs");
        }
        upsert("ints", Rows.longs("id", 17, 60_000), Rows.longs("v", 0, 0),
                Rows.floatVectors("fv", new float[] {0, 0}, new float[] {0, 0}));
        delete("ints", "id < 10");
        delete("strs", "id in [\"k1\", \"k2\"]");
        Set<Long> seenInts = new HashSet<>();
        String expr = "";
        long last = Long.MIN_VALUE;
        while (true) {
            List<Long> page = ints(query("ints", expr, List.of("id"), "limit", "3000", "iterator", "True"));
            if (page.isEmpty()) {
                break;
            }
            assertThat(page).isSorted();
            assertThat(page.get(0)).isGreaterThan(last);
            for (long id : page) {
                assertThat(seenInts.add(id)).as("row %d returned twice", id).isTrue();
            }
            last = page.get(page.size() - 1);
            expr = "id > " + last;
        }
        assertThat(seenInts).hasSize(n - 10 + 1).doesNotContain(0L, 9L).contains(10L, 17L, 60_000L);

        Set<String> seenStrs = new HashSet<>();
        String lastKey = null;
        while (true) {
            List<String> page = strs(query("strs", lastKey == null ? "" : "id > \"" + lastKey + "\"", List.of("id"),
                    "limit", "4096", "iterator", "True"));
            if (page.isEmpty()) {
                break;
            }
            for (String id : page) {
                assertThat(seenStrs.add(id)).as("row %s returned twice", id).isTrue();
            }
            lastKey = page.get(page.size() - 1);
        }
        assertThat(seenStrs).hasSize(n - 2).doesNotContain("k1", "k2").contains("k0", "k49999");
    }
}
