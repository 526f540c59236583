package dev.quiver.dsl;

import static dev.quiver.dsl.Filters.field;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.ast.Metric;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The DSL end to end against the embedded engine ({@code jdbc:milvus:mem:}). */
class DslIT {
    private Quiver quiver;

    record Film(long id, String title, long year, float[] embedding) {
    }

    record Hit(long id, String title, double distance) {
    }

    @BeforeEach
    void connect() {
        quiver = Quiver.connect("jdbc:milvus:mem:dsl-" + UUID.randomUUID());
    }

    @AfterEach
    void close() {
        quiver.close();
    }

    private void createFilms() {
        quiver.createCollection("films", c -> {
            c.int64("id").primaryKey();
            c.varchar("title", 128);
            c.int64("year");
            c.floatVector("embedding", 2);
        }).execute();
        quiver.createIndex("films", "embedding").using("FLAT").metric(Metric.L2).execute();
    }

    @Test
    void createsInsertsSearchesQueriesAndDeletes() {
        createFilms();
        long inserted = quiver.insertInto("films").rows(List.of(
                new Film(1, "Alien", 1979, new float[] {1f, 0f}),
                new Film(2, "Heat", 1995, new float[] {0f, 1f}),
                new Film(3, "Up", 2009, new float[] {0.9f, 0.1f}))).execute().getUpdateCount();
        assertThat(inserted).isEqualTo(3);
        assertThat(quiver.loadCollection("films").execute()).isEqualTo(LoadState.LOADED);

        List<Hit> hits = quiver.search("films").vector("embedding", new float[] {1f, 0f}).using(Metric.L2)
                .where(field("year").gt(1980)).limit(2).select("id", "title")
                .consistencyLevel("Strong").fetchInto(Hit.class);
        assertThat(hits).extracting(Hit::id).containsExactly(3L, 2L);
        assertThat(hits.get(0).distance()).isLessThan(hits.get(1).distance());

        List<Film> films = quiver.selectFrom("films").where(field("id").isIn(1, 2)).consistencyLevel("Strong")
                .fetchInto(Film.class);
        assertThat(films).extracting(Film::title).containsExactlyInAnyOrder("Alien", "Heat");

        assertThat(quiver.deleteFrom("films").where(field("title").eq("Heat")).execute().getUpdateCount())
                .isEqualTo(1);
        assertThat(quiver.selectFrom("films").consistencyLevel("Strong").count()).isEqualTo(2);
    }

    @Test
    void flushesReleasesAndReportsLoadStates() {
        createFilms();
        quiver.createPartition("films", "p1").execute();
        quiver.insertInto("films").partition("p1").row(Map.of("id", 1, "title", "A", "year", 2000,
                "embedding", new float[] {1f, 2f})).execute();

        FlushResult flush = quiver.flushPartition("films", "p1").execute();
        assertThat(flush.getCollections()).containsExactly("films");
        assertThat(flush.getSealedSegmentIds("films")).isNotEmpty();
        assertThat(flush.isFlushed()).isTrue();

        FlushResult noWait = quiver.flush("films").noWait().execute();
        assertThat(noWait.isFlushed()).isFalse();
        FlushAllResult all = quiver.flushAll().noWait().execute();
        assertThat(all.getFlushAllTimestamp()).isPositive();

        assertThat(quiver.loadState("films").execute()).isEqualTo(LoadState.NOT_LOAD);
        assertThat(quiver.loadPartitions("films", "p1").execute()).isEqualTo(LoadState.LOADED);
        assertThat(quiver.loadState("films", "p1").execute()).isEqualTo(LoadState.LOADED);
        assertThat(quiver.releasePartitions("films", "p1").execute()).isEqualTo(LoadState.NOT_LOAD);
        assertThat(quiver.loadState("films", "p1").execute()).isEqualTo(LoadState.NOT_LOAD);
    }

    @Test
    void failuresKeepSqlStateAndMilvusCode() {
        assertThatThrownBy(() -> quiver.describeCollection("missing").execute())
                .isInstanceOfSatisfying(QuiverException.class, e -> {
                    assertThat(e.getSqlState()).isEqualTo("42M01");
                    assertThat(e.getErrorCode()).isEqualTo(100);
                    assertThat((Object) e.getSqlException()).isInstanceOf(java.sql.SQLException.class);
                });
    }

    @Test
    void asyncStepsCompleteOnTheExecutor() throws Exception {
        quiver.createCollection("quick").dimension(2).execute(Duration.ofSeconds(30));

        List<String> names = quiver.showCollections().fetchColumnAsync("collection").get();
        long count = quiver.selectFrom("quick").countAsync().get();

        assertThat(names).contains("quick");
        assertThat(count).isZero();
    }
}
