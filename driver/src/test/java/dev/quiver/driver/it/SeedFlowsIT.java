package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Outcome;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The seed flows of the driver issue, end to end through JDBC against the embedded engine, in-process and over TCP:
 * quick create → Loaded; partition create → Loaded; release partition → partition NotLoad, collection Loaded;
 * insert 5 rows into a partition, FLUSH PARTITION, statistics 5; FLUSH ALL waits until flushed.
 */
class SeedFlowsIT {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void quickCreatePartitionsLoadAndRelease(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            Outcome created = act(c, "CREATE COLLECTION test_collection DIMENSION 5");
            assertThat(created.count()).isZero();
            assertThat(created.tag()).isEqualTo("CREATE COLLECTION");
            assertThat(created.details()).containsEntry("load_state", "Loaded").containsEntry("metric_type", "COSINE");
            assertThat(loadState(c, "SHOW LOAD STATE OF test_collection")).isEqualTo("Loaded");

            Rows describe = query(c, "DESCRIBE COLLECTION test_collection");
            assertThat(describe.column("field")).as("a quick collection has the dynamic field")
                    .containsExactly("id", "vector", "$meta");
            assertThat(describe.column("type")).containsExactly("INT64", "FLOAT_VECTOR(5)", "JSON");
            assertThat(describe.column("primary_key")).containsExactly(true, false, false);

            assertThat(act(c, "CREATE PARTITION partition_A IN test_collection").tag()).isEqualTo("CREATE PARTITION");
            assertThat(loadState(c, "SHOW LOAD STATE OF test_collection PARTITION partition_A")).isEqualTo("Loaded");

            Outcome released = act(c, "RELEASE PARTITION partition_A FROM test_collection");
            assertThat(released.tag()).isEqualTo("RELEASE PARTITION 1");
            assertThat(released.details()).containsEntry("load_state", "NotLoad")
                    .containsEntry("collection_load_state", "Loaded");
            assertThat(loadState(c, "SHOW LOAD STATE OF test_collection PARTITION partition_A")).isEqualTo("NotLoad");
            assertThat(loadState(c, "SHOW LOAD STATE OF test_collection")).isEqualTo("Loaded");

            Rows partitions = query(c, "SHOW PARTITIONS FROM test_collection");
            assertThat(partitions.column("partition")).containsExactlyInAnyOrder("_default", "partition_A");
            assertThat(partitions.rows()).anySatisfy(r -> assertThat(r).containsSubsequence("partition_A", "NotLoad"));

            Outcome loaded = act(c, "LOAD PARTITION partition_A FROM test_collection");
            assertThat(loaded.tag()).isEqualTo("LOAD PARTITION 1");
            assertThat(loaded.details()).containsEntry("load_state", "Loaded");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void insertIntoPartitionFlushPartitionAndStatistics(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION test_collection DIMENSION 5");
            act(c, "CREATE PARTITION partition_A IN test_collection");
            Outcome inserted = act(c, "INSERT INTO test_collection PARTITION partition_A (id, vector) VALUES "
                    + "(1, [0.1, 0.2, 0.3, 0.4, 0.5]), (2, [0.2, 0.3, 0.4, 0.5, 0.6]), (3, [0.3, 0.4, 0.5, 0.6, 0.7]), "
                    + "(4, [0.4, 0.5, 0.6, 0.7, 0.8]), (5, [0.5, 0.6, 0.7, 0.8, 0.9])");
            assertThat(inserted.count()).isEqualTo(5);
            assertThat(inserted.tag()).isEqualTo("INSERT 5");
            assertThat((Long) inserted.details().get("timestamp")).isPositive();

            Outcome flushed = act(c, "FLUSH PARTITION partition_A FROM test_collection");
            assertThat(flushed.tag()).isEqualTo("FLUSH 1");
            assertThat(flushed.count()).isZero();
            assertThat(flushed.details()).containsEntry("partition", "partition_A").containsEntry("flushed", true);
            @SuppressWarnings("unchecked")
            Map<String, List<Long>> sealed = (Map<String, List<Long>>) flushed.details().get("sealed_segment_ids");
            assertThat(sealed).containsKey("test_collection");
            @SuppressWarnings("unchecked")
            Map<String, Long> flushTs = (Map<String, Long>) flushed.details().get("flush_ts");
            assertThat(flushTs.get("test_collection")).isPositive();

            Rows stats = query(c, "SHOW STATISTICS OF test_collection");
            assertThat(stats.get(0, "row_count")).isEqualTo(5L);
            Rows partitionStats = query(c, "SHOW STATISTICS OF test_collection PARTITION partition_A");
            assertThat(partitionStats.get(0, "row_count")).isEqualTo(5L);

            Rows state = query(c, "SHOW FLUSH STATE OF test_collection AT " + flushTs.get("test_collection"));
            assertThat(state.get(0, "flushed")).isEqualTo(true);

            assertThatThrownBy(() -> act(c, "FLUSH PARTITION no_such_partition FROM test_collection"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("no_such_partition")
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42M02"));
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void flushAllWaitsUntilFlushAllStateIsTrue(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION a DIMENSION 2");
            act(c, "CREATE COLLECTION b DIMENSION 2");
            act(c, "INSERT INTO a VALUES (1, [1, 2])");
            act(c, "INSERT INTO b VALUES (1, [3, 4])");
            Outcome all = act(c, "FLUSH ALL");
            assertThat(all.tag()).isEqualTo("FLUSH ALL");
            assertThat(all.count()).isZero();
            assertThat(all.details()).containsEntry("flushed", true);
            long ts = (Long) all.details().get("flush_all_ts");
            assertThat(ts).isPositive();
            Rows state = query(c, "SHOW FLUSH ALL STATE AT " + ts);
            assertThat(state.get(0, "flushed")).isEqualTo(true);

            Outcome noWait = act(c, "FLUSH ALL NOWAIT");
            assertThat(noWait.details()).containsEntry("flushed", false);
        }
    }

    private static String loadState(Connection c, String sql) throws SQLException {
        return (String) query(c, sql).get(0, "state");
    }
}
