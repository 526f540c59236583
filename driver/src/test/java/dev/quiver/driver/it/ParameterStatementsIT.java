package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The corpus statements with {@code ?} and {@code :name} parameters, and the remaining corpus DDL forms. */
class ParameterStatementsIT {

    private static List<Long> ids(PreparedStatement ps) throws Exception {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void parametersInInsertsFiltersLimitsAndSearches(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(32), embedding FLOAT_VECTOR(2)) "
                    + "WITH (dynamic_field = true)");
            act(c, "CREATE INDEX ON films (embedding) WITH (metric_type = 'L2')");
            act(c, "LOAD COLLECTION films");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO films VALUES (?, ?, ?), (?, ?, ?)")) {
                ps.setLong(1, 1);
                ps.setString(2, "a");
                ps.setObject(3, List.of(0.1f, 0.2f));
                ps.setLong(4, 2);
                ps.setString(5, "b");
                ps.setObject(6, new double[] {0.3, -0.4});
                assertThat(ps.executeUpdate()).isEqualTo(2);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO films (id, title, embedding) VALUES (:id, :title, :embedding)")) {
                ps.setLong(1, 3);
                ps.setString(2, "c");
                ps.setObject(3, new float[] {1, 1});
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("UPSERT INTO films ROWS ?")) {
                ps.setObject(1, Map.of("id", 4L, "title", "d", "embedding", List.of(2.0, 2.0), "extra", "dynamic"));
                assertThat(ps.executeUpdate()).isEqualTo(1);
                ps.setString(1, "{\"id\": 5, \"title\": \"e\", \"embedding\": [3, 3]}");
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM films WHERE id > 0 LIMIT ? OFFSET ?")) {
                ps.setInt(1, 2);
                ps.setInt(2, 1);
                assertThat(ids(ps)).hasSize(2);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM films WHERE id IN ?")) {
                ps.setObject(1, List.of(1L, 3L));
                assertThat(ids(ps)).containsExactlyInAnyOrder(1L, 3L);
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM films WHERE id > :min AND id < :max")) {
                ps.setLong(1, 1);
                ps.setLong(2, 4);
                assertThat(ids(ps)).containsExactlyInAnyOrder(2L, 3L);
            }
            // Milvus's L2 is the squared distance: from (1, 1) id 3 is at 0, id 1 at 1.45, id 4 at 2, id 2 at 2.45.
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM films WHERE embedding <-> :q < 1.5 ORDER BY embedding <-> :q LIMIT 10")) {
                ps.setObject(1, new float[] {1, 1});
                assertThat(ids(ps)).containsExactly(3L, 1L);
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM films WHERE id = ? AND distance() < ? AND id > ? ORDER BY embedding <-> ? LIMIT ?")) {
                ps.setLong(1, 3);
                ps.setDouble(2, 0.5);
                ps.setLong(3, 0);
                ps.setObject(4, new float[] {1, 1});
                ps.setInt(5, 5);
                assertThat(ids(ps)).containsExactly(3L);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM films WHERE id = ?")) {
                ps.setLong(1, 5);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            assertThat(query(c, "SELECT extra FROM films WHERE id == 4").get(0, "extra")).isEqualTo("dynamic");
            assertThat(query(c, "SELECT COUNT(*) FROM films").get(0, "count(*)")).isEqualTo(4L);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void remainingCorpusDefinitions(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE DATABASE analytics WITH (database.max.collections = 64, database.replica.number = 1)");
            act(c, "ALTER DATABASE analytics SET (properties.key = 'value', other = -1.5)");
            assertThat(query(c, "DESCRIBE DATABASE analytics").rows())
                    .anySatisfy(r -> assertThat(r).containsExactly("other", "-1.5"));
            act(c, "create collection lower_case (Id int64 primary key auto_id, Vec float_vector(3)) with (mmap.enabled = true)");
            assertThat((String) query(c, "SHOW CREATE COLLECTION lower_case").get(0, "statement")).contains("mmap.enabled");
            act(c, "CREATE TABLE quick_ip DIMENSION 8 METRIC ip WITH (description = 'quick')");
            assertThat(query(c, "SHOW INDEXES FROM quick_ip").get(0, "metric_type")).isEqualTo("IP");
            act(c, "CREATE COLLECTION IF NOT EXISTS quick DIMENSION 16 METRIC L2");
            assertThat(act(c, "CREATE COLLECTION IF NOT EXISTS quick DIMENSION 16 METRIC L2").details())
                    .containsEntry("existed", true);
            act(c, "CREATE COLLECTION c_comment (id INT64 PRIMARY KEY COMMENT 'key', v FLOAT_VECTOR(3) COMMENT \"vector\")");
            assertThat(query(c, "DESCRIBE c_comment").column("description")).containsExactly("key", "vector");
            act(c, "CREATE COLLECTION status (partition INT64 PRIMARY KEY, load FLOAT_VECTOR(2), flush VARCHAR(3))");
            assertThat(query(c, "DESC status").column("field")).containsExactly("partition", "load", "flush");
            act(c, "DROP COLLECTION status");
        }
    }
}
