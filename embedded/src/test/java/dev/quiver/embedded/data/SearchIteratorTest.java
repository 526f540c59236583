package dev.quiver.embedded.data;

import static dev.quiver.embedded.data.Rows.field;
import static dev.quiver.embedded.data.Rows.pk;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResultData;
import dev.quiver.proto.milvus.SearchResults;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Search iterator v2: token, last bound, session timestamp; every row once even with ties at batch boundaries. */
class SearchIteratorTest extends EngineFixture {
    private static final int N = 50_000;

    @BeforeEach
    void setUp() {
        start();
        for (DataType type : List.of(DataType.Int64, DataType.VarChar)) {
            String name = type == DataType.Int64 ? "ints" : "strs";
            catalog.create(name, CollectionSchema.newBuilder().setName(name)
                    .addFields(type == DataType.VarChar ? pk("id", type, false, "max_length", "16") : pk("id", type, false))
                    .addFields(field("fv", DataType.FloatVector, "dim", "2")).build(), Map.of("fv", "L2"));
            catalog.load(name);
        }
    }

    /** Rows whose distance to (0, 0) repeats every 97 rows, so batches end inside runs of equal scores. */
    private void fill(String name, boolean strings) {
        for (int start = 0; start < N; start += 10_000) {
            long[] ids = new long[10_000];
            String[] keys = new String[10_000];
            float[][] vectors = new float[10_000][];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = start + i;
                keys[i] = "k" + (start + i);
                vectors[i] = new float[] {(start + i) % 97, 0};
            }
            insert(name, strings ? Rows.strings("id", keys) : Rows.longs("id", ids), Rows.floatVectors("fv", vectors));
            engine.flush(DB, FlushRequest.newBuilder().addCollectionNames(name).build());
        }
    }

    private SearchResults call(String name, long guarantee, String... params) {
        List<String> all = new ArrayList<>(List.of("topk", "1000", "metric_type", "L2", "iterator", "True",
                "search_iter_v2", "True"));
        all.addAll(List.of(params));
        return engine.search(DB, SearchRequest.newBuilder().setCollectionName(name)
                .setPlaceholderGroup(Rows.floatQueries(new float[] {0, 0})).setGuaranteeTimestamp(guarantee)
                .addAllSearchParams(Rows.params(all.toArray(String[]::new))).build());
    }

    private Set<Object> iterate(String name, int batch) {
        SearchResults probe = call(name, 0, "search_iter_batch_size", "1");
        long session = probe.getSessionTs();
        assertThat(session).isPositive();
        assertThat(probe.getResults().getSearchIteratorV2Results().getToken()).isNotEmpty();
        Set<Object> seen = new HashSet<>();
        String token = null;
        Float bound = null;
        float previous = -1;
        while (true) {
            List<String> params = new ArrayList<>(List.of("search_iter_batch_size", Integer.toString(batch)));
            if (token != null) {
                params.addAll(List.of("search_iter_id", token));
            }
            if (bound != null) {
                params.addAll(List.of("search_iter_last_bound", Float.toString(bound)));
            }
            SearchResults r = call(name, session, params.toArray(String[]::new));
            assertThat(r.getSessionTs()).as("later pages carry no session_ts").isZero();
            SearchResultData data = r.getResults();
            token = data.getSearchIteratorV2Results().getToken();
            bound = data.getSearchIteratorV2Results().getLastBound();
            List<Object> ids = new ArrayList<>(data.getIds().hasStrId() ? data.getIds().getStrId().getDataList()
                    : data.getIds().getIntId().getDataList());
            if (ids.isEmpty()) {
                break;
            }
            assertThat(data.getScores(0)).isGreaterThanOrEqualTo(previous);
            previous = data.getScores(data.getScoresCount() - 1);
            assertThat(bound).isEqualTo(previous);
            for (Object id : ids) {
                assertThat(seen.add(id)).as("%s returned twice", id).isTrue();
            }
        }
        return seen;
    }

    @Test
    void everyIntegerRowOnceAfterUpsertsAndDeletes() {
        fill("ints", false);
        upsert("ints", Rows.longs("id", 5, 70_000), Rows.floatVectors("fv", new float[] {1, 1}, new float[] {3, 0}));
        delete("ints", "id in [1, 2, 3]");
        Set<Object> seen = iterate("ints", 1000);
        assertThat(seen).hasSize(N - 3 + 1).contains(5L, 70_000L).doesNotContain(1L, 2L, 3L);
    }

    @Test
    void everyStringRowOnceWithBatchesSmallerThanTies() {
        fill("strs", true);
        delete("strs", "id in [\"k0\"]");
        Set<Object> seen = iterate("strs", 333);
        assertThat(seen).hasSize(N - 1).doesNotContain("k0").contains("k1", "k49999");
    }

    @Test
    void iteratorSnapshotIgnoresLaterWrites() {
        insert("ints", Rows.longs("id", 1, 2), Rows.floatVectors("fv", new float[] {1, 0}, new float[] {2, 0}));
        long session = call("ints", 0, "search_iter_batch_size", "1").getSessionTs();
        insert("ints", Rows.longs("id", 3), Rows.floatVectors("fv", new float[] {0, 0}));
        delete("ints", "id in [1]");
        SearchResults frozen = call("ints", session, "search_iter_batch_size", "10");
        assertThat(frozen.getResults().getIds().getIntId().getDataList()).containsExactly(1L, 2L);
    }

    @Test
    void parametersAreCheckedLikeMilvus() {
        assertError(() -> call("ints", 0), 65535, "parse iterator v2 info failed: batch size is required");
        assertError(() -> call("ints", 0, "search_iter_batch_size", "0"), 65535,
                "batch size is invalid, it should be in range [1, 16384], but got 0");
        assertError(() -> call("ints", 0, "search_iter_batch_size", "1", "search_iter_id", "nope"), 65535,
                "invalid token format");
        assertError(() -> call("ints", 0, "search_iter_batch_size", "1", "offset", "2"), 1100,
                "Setting an offset is not permitted when using a search iterator v2");
        assertError(() -> engine.search(DB, SearchRequest.newBuilder().setCollectionName("ints")
                .setPlaceholderGroup(Rows.floatQueries(new float[] {0, 0}))
                .addAllSearchParams(Rows.params("topk", "1", "search_iter_v2", "True", "search_iter_batch_size", "1"))
                .build()), 65535, "both iterator and search_iter_v2 must be set in the SDK");
        SearchResults empty = call("ints", 0, "search_iter_batch_size", "5");
        assertThat(empty.getResults().getSearchIteratorV2Results().getLastBound()).isEqualTo(-Float.MAX_VALUE);
    }
}
