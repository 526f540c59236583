package dev.quiver.examples;

import static dev.quiver.dsl.Filters.field;

import dev.quiver.driver.PoolMetrics;
import dev.quiver.driver.PooledMilvusDataSource;
import dev.quiver.dsl.Quiver;
import dev.quiver.dsl.Row;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A multi-threaded application on {@link PooledMilvusDataSource}: eight workers share a pool of at most four
 * connections; each inserts its own rows and searches for one of them, through the DSL's asynchronous steps.
 */
public final class PooledApp {
    private static final int WORKERS = 8;
    private static final int ROWS_PER_WORKER = 25;
    private static final int POOL_SIZE = 4;

    private PooledApp() {
    }

    /**
     * Runs the example against {@code args[0]}, or an in-memory embedded engine.
     *
     * @param args an optional {@code jdbc:milvus:} URL
     * @throws SQLException when the pool cannot start
     */
    public static void main(String[] args) throws SQLException {
        run(args.length > 0 ? args[0] : "jdbc:milvus:mem:pooled-app", System.out);
    }

    /**
     * Runs the example on a pool of connections to {@code url}, printing to {@code out}.
     *
     * @param url a {@code jdbc:milvus:} URL of a database without a {@code events} collection
     * @param out where the output goes
     * @throws SQLException when the pool cannot start
     */
    public static void run(String url, PrintStream out) throws SQLException {
        ExecutorService threads = Executors.newFixedThreadPool(WORKERS);
        try (PooledMilvusDataSource pool = PooledMilvusDataSource.builder().url(url).maxSize(POOL_SIZE)
                .maxWait(Duration.ofSeconds(30)).build()) {
            Quiver quiver = Quiver.using(pool).withExecutor(threads).withTimeout(Duration.ofSeconds(60));
            quiver.createCollection("events").dimension(4).execute();

            List<CompletableFuture<String>> workers = new ArrayList<>();
            for (int w = 0; w < WORKERS; w++) {
                workers.add(work(quiver, w));
            }
            for (CompletableFuture<String> worker : workers) {
                out.println(worker.join());
            }

            long rows = quiver.selectFrom("events").consistencyLevel("Strong").count();
            out.println("rows in events: " + rows);
            PoolMetrics metrics = pool.getMetrics();
            out.println("connections created: at most " + POOL_SIZE + ": " + (metrics.created() <= POOL_SIZE));
            out.println("connections in use after the run: " + metrics.active());
        } finally {
            threads.shutdown();
        }
    }

    /** One worker: inserts its rows, then searches for its first row among them. */
    private static CompletableFuture<String> work(Quiver quiver, int worker) {
        long first = worker * 100L;
        var insert = quiver.insertInto("events");
        for (int i = 0; i < ROWS_PER_WORKER; i++) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", first + i);
            row.put("vector", vector(worker, i));
            insert = insert.row(row);
        }
        var search = quiver.search("events").vector(vector(worker, 0))
                .where(field("id").between(first, first + ROWS_PER_WORKER - 1))
                .limit(1).select("id").consistencyLevel("Strong");
        return insert.executeAsync()
                .thenCompose(inserted -> search.executeAsync().thenApply(hits -> {
                    long nearest = hits.isEmpty() ? -1 : hits.get(0).getLong("id");
                    return "worker " + worker + ": inserted " + inserted.getUpdateCount() + " rows, nearest to row "
                            + first + " is row " + nearest + describe(hits);
                }));
    }

    private static String describe(List<Row> hits) {
        return hits.isEmpty() ? " (no hits)" : "";
    }

    private static float[] vector(int worker, int i) {
        return new float[] {worker + 1, i + 1, 1, 0};
    }
}
