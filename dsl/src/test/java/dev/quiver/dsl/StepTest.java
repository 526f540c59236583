package dev.quiver.dsl;

import static dev.quiver.dsl.Filters.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.ast.Statement;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class StepTest {
    private static final Quiver Q = Quiver.detached();

    @Test
    void buildersReturnNewStepsAndLeaveTheOriginalUnchanged() {
        QueryStep base = Q.selectFrom("films");
        QueryStep filtered = base.where(field("id").eq(1)).limit(3);

        assertThat(base.toString()).isEqualTo("SELECT * FROM films");
        assertThat(filtered.toString()).isEqualTo("SELECT * FROM films WHERE id == 1 LIMIT 3");
        CreateCollectionStep create = Q.createCollection("c", c -> c.int64("id").primaryKey());
        create.columns(c -> c.json("meta"));
        assertThat(create.toString()).isEqualTo("CREATE COLLECTION c (id INT64 PRIMARY KEY)");
    }

    @Test
    void incompleteStepsSayWhatIsMissing() {
        assertThatThrownBy(() -> Q.deleteFrom("films").toAst()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs where(...)");
        assertThatThrownBy(() -> Q.insertInto("films").toAst()).hasMessageContaining("has no rows");
        assertThatThrownBy(() -> Q.search("films").toAst()).hasMessageContaining("needs a query vector");
        assertThatThrownBy(() -> Q.createCollection("c", c -> c.json("meta")).toAst())
                .hasMessageContaining("exactly one primaryKey()");
        assertThatThrownBy(() -> Q.createCollection("c", c -> {
            c.int64("id").primaryKey();
            c.int64("id");
        }).toAst()).hasMessageContaining("defined twice");
        assertThatThrownBy(() -> Q.alterCollection("c").toAst()).hasMessageContaining("needs either set(key, value)");
        assertThatThrownBy(() -> Q.alterCollection("c").set("a", 1).drop("b").toAst()).hasMessageContaining("not both");
        assertThatThrownBy(() -> Q.alterDatabase("d").drop("b").toAst()).hasMessageContaining("cannot drop");
        assertThatThrownBy(() -> Q.alterIndex("c", "i").toAst()).hasMessageContaining("ALTER INDEX i ON c needs");
        assertThatThrownBy(() -> Q.addColumn("c", cols -> { })).hasMessageContaining("exactly one column, not 0");
        assertThatThrownBy(() -> Q.insertInto("f").columns("a", "b").values(1)).hasMessageContaining("1 values for 2");
        assertThatThrownBy(() -> Q.insertInto("f").row(Map.of("a", 1)).values(1)).hasMessageContaining("object rows");
        assertThatThrownBy(() -> Q.loadPartitions("f")).hasMessageContaining("at least one partition");
        assertThatThrownBy(() -> Q.selectFrom("f").limit(0)).hasMessageContaining("positive");
    }

    @Test
    void aDetachedQuiverCannotExecute() {
        assertThatThrownBy(() -> Q.showCollections().execute()).isInstanceOf(QuiverException.class)
                .hasMessageContaining("detached");
    }

    @Test
    void timeoutsWrapTheStatement() {
        AtomicReference<@Nullable Statement> seen = new AtomicReference<>();
        Session session = new Session() {
            @Override
            public Outcome run(Statement statement, AtomicReference<java.sql.@Nullable Statement> running) {
                seen.set(statement);
                return new Outcome(0, "FLUSH ALL", Map.of("flush_all_ts", 5L, "flushed", true), null);
            }

            @Override
            public Executor executor() {
                return Runnable::run;
            }
        };
        FlushAllResult result = new FlushAllStep(new Context(session, Duration.ofSeconds(9)), false).execute();

        assertThat(result.getFlushAllTimestamp()).isEqualTo(5L);
        assertThat(result.isFlushed()).isTrue();
        assertThat(dev.quiver.grammar.StatementFormatter.format(seen.get())).isEqualTo("FLUSH ALL TIMEOUT 9s");
        new FlushAllStep(new Context(session, null), true).execute(Duration.ofMillis(1500));
        assertThat(dev.quiver.grammar.StatementFormatter.format(seen.get())).isEqualTo("FLUSH ALL NOWAIT TIMEOUT 1500ms");
    }

    @Test
    void resultsAreReadFromTheDriversDetails() {
        Outcome flush = new Outcome(0, "FLUSH 1", Map.of("sealed_segment_ids", Map.of("films", List.of(11L, 12L)),
                "flush_ts", Map.of("films", 99L), "flushed", false), null);
        FlushResult result = new FlushResult(flush);

        assertThat(result.getSealedSegmentIds("films")).containsExactly(11L, 12L);
        assertThat(result.getFlushTimestamp("films")).isEqualTo(99L);
        assertThat(result.isFlushed()).isFalse();
        assertThat(result.getCommandTag()).isEqualTo("FLUSH 1");
        assertThatThrownBy(() -> result.getFlushTimestamp("other")).hasMessageContaining("was not flushed");
        assertThat(States.loadState(new Outcome(0, "RELEASE PARTITION 1", Map.of("load_state", "NotLoad"), null)))
                .isEqualTo(LoadState.NOT_LOAD);
        assertThat(LoadState.fromMilvusName("LoadStateLoaded")).isEqualTo(LoadState.LOADED);
        assertThat(LoadState.LOADING.getMilvusName()).isEqualTo("Loading");
    }

    @Test
    void cancellingAnAsyncStepCancelsTheRunningJdbcStatement() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch cancelled = new CountDownLatch(1);
        java.sql.Statement jdbc = (java.sql.Statement) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {java.sql.Statement.class}, (proxy, method, args) -> {
                    if (method.getName().equals("cancel")) {
                        cancelled.countDown();
                    }
                    return null;
                });
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try {
            Session session = new Session() {
                @Override
                public Outcome run(Statement statement, AtomicReference<java.sql.@Nullable Statement> running) {
                    running.set(jdbc);
                    started.countDown();
                    try {
                        cancelled.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new QuiverException("cancelled");
                }

                @Override
                public Executor executor() {
                    return executor;
                }
            };
            CompletableFuture<List<Row>> future = new Listing(new Context(session, null),
                    new dev.quiver.grammar.ast.ShowCollections(null)).executeAsync();
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();

            assertThat(future.cancel(true)).isTrue();

            assertThat(cancelled.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(future).isCancelled();
            assertThatThrownBy(future::join).isInstanceOf(CancellationException.class);
        } finally {
            executor.shutdownNow();
        }
    }
}
