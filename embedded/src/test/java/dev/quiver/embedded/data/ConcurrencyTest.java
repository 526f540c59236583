package dev.quiver.embedded.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class ConcurrencyTest extends EngineFixture {
    private static final int BATCH = 10;

    private void insertBatch(long first) {
        long[] ids = new long[BATCH];
        float[][] vectors = new float[BATCH][];
        for (int i = 0; i < BATCH; i++) {
            ids[i] = first + i;
            vectors[i] = new float[] {ids[i], 1};
        }
        insert("c", Rows.longs("id", ids), Rows.floatVectors("v", vectors));
    }

    @Test
    void readersSeeWholeMutationsWhileWritersAppendAndSeal() throws Exception {
        start(DataOptions.defaults().withSealRows(35));
        catalog.create("c", SegmentsAndFlushTest.SCHEMA, Map.of("v", "L2"));
        catalog.load("c");
        insertBatch(0);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int b = 1; b <= 200; b++) {
                    insertBatch(b * (long) BATCH);
                    if (b % 2 == 0) {
                        upsert("c", Rows.longs("id", 0, 1, 2, 3, 4, 5, 6, 7, 8, 9),
                                Rows.floatVectors("v", new float[][] {{0, 1}, {1, 1}, {2, 1}, {3, 1}, {4, 1},
                                        {5, 1}, {6, 1}, {7, 1}, {8, 1}, {9, 1}}));
                    }
                }
                done.set(true);
            });
            Future<?> counter = pool.submit(() -> {
                long last = 0;
                while (!done.get()) {
                    long count = count("c");
                    assertThat(count % BATCH).as("count %d", count).isZero();
                    assertThat(count).isGreaterThanOrEqualTo(last);
                    last = count;
                }
            });
            Future<?> searcher = pool.submit(() -> {
                while (!done.get()) {
                    List<Long> ids = search("c", Rows.floatQueries(new float[] {5.1f, 1}), "", List.of(), "topk", "3")
                            .getResults().getIds().getIntId().getDataList();
                    assertThat(ids).containsExactly(5L, 6L, 4L);
                }
            });
            writer.get(2, TimeUnit.MINUTES);
            counter.get(2, TimeUnit.MINUTES);
            searcher.get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("c")).isEqualTo(201L * BATCH);
    }
}
