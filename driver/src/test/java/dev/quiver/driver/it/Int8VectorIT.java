package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * INT8_VECTOR end to end (Milvus 2.6): created, written with integer literals or bound {@code byte[]}, read back as
 * {@code byte[]}, searched with L2 / IP / COSINE where the distances equal a hand computation over the widened
 * values, HNSW index accepted and IVF refused, and the rows surviving a restart of a data directory.
 */
class Int8VectorIT {
    private static final int DIM = 4;

    @ParameterizedTest
    @EnumSource(Mode.class)
    void writesReadsAndSearchesInt8Vectors(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION q (id INT64 PRIMARY KEY, v INT8_VECTOR(4))");
            assertThat(query(c, "DESCRIBE q").column("type")).contains("INT8_VECTOR(4)");
            act(c, "INSERT INTO q VALUES (1, [1, 2, 3, 4]), (2, [-128, 0, 127, 5])");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO q (id, v) VALUES (?, ?)")) {
                insert.setLong(1, 3);
                insert.setObject(2, new byte[] {10, -10, 10, -10});
                insert.executeUpdate();
            }
            assertThatThrownBy(() -> act(c, "INSERT INTO q VALUES (4, [1, 2, 3, 200])"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("INT8_VECTOR");
            act(c, "CREATE INDEX ON q (v) USING HNSW WITH (metric_type = 'L2', M = 8, efConstruction = 32)");
            act(c, "LOAD COLLECTION q");
            Rows rows = query(c, "SELECT id, v FROM q WHERE id > 0 LIMIT 10 WITH (consistency_level = 'Strong')");
            assertThat(rows.column("v")).containsExactly(new byte[] {1, 2, 3, 4}, new byte[] {-128, 0, 127, 5},
                    new byte[] {10, -10, 10, -10});

            Rows hits = query(c, "SELECT id, distance() FROM q ORDER BY v <-> [1, 2, 3, 4] LIMIT 3 "
                    + "WITH (consistency_level = 'Strong')");
            assertThat(hits.column("id")).containsExactly(1L, 3L, 2L);
            // L2 is the squared euclidean distance, as Milvus reports it
            assertThat(((Number) hits.get(1, "distance")).doubleValue()).isCloseTo(81 + 144 + 49 + 196, within(1e-3));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"L2", "IP", "COSINE"})
    void distancesAreThoseOfTheWidenedValues(String metric) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:milvus:mem:int8-" + metric)) {
            act(c, "CREATE COLLECTION q (id INT64 PRIMARY KEY, v INT8_VECTOR(4))");
            SplittableRandom random = new SplittableRandom(metric.hashCode());
            List<byte[]> vectors = new ArrayList<>();
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO q (id, v) VALUES (?, ?)")) {
                for (int id = 0; id < 200; id++) {
                    byte[] v = new byte[DIM];
                    for (int d = 0; d < DIM; d++) {
                        v[d] = (byte) random.nextInt(-128, 128);
                    }
                    vectors.add(v);
                    insert.setLong(1, id);
                    insert.setObject(2, v);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            act(c, "CREATE INDEX ON q (v) USING FLAT WITH (metric_type = '" + metric + "')");
            act(c, "LOAD COLLECTION q");
            byte[] q = {7, -3, 100, -50};
            String operator = switch (metric) {
                case "L2" -> "<->";
                case "IP" -> "<#>";
                default -> "<=>";
            };
            List<long[]> expected = new ArrayList<>();
            for (int id = 0; id < vectors.size(); id++) {
                expected.add(new long[] {id, Double.doubleToLongBits(score(metric, q, vectors.get(id)))});
            }
            Comparator<long[]> order = Comparator.comparingDouble(e -> Double.longBitsToDouble(e[1]));
            expected.sort(metric.equals("L2") ? order : order.reversed());
            try (PreparedStatement search = c.prepareStatement("SELECT id, distance() FROM q ORDER BY v " + operator
                    + " ? LIMIT 5 WITH (consistency_level = 'Strong')")) {
                search.setObject(1, q);
                try (ResultSet rs = search.executeQuery()) {
                    for (int i = 0; i < 5; i++) {
                        assertThat(rs.next()).isTrue();
                        assertThat(rs.getLong(1)).isEqualTo(expected.get(i)[0]);
                        assertThat(rs.getDouble(2)).isCloseTo(Double.longBitsToDouble(expected.get(i)[1]),
                                within(1e-3));
                    }
                }
            }
        }
    }

    private static double score(String metric, byte[] a, byte[] b) {
        double dot = 0;
        double l2 = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * (double) b[i];
            l2 += (a[i] - b[i]) * (double) (a[i] - b[i]);
            na += a[i] * (double) a[i];
            nb += b[i] * (double) b[i];
        }
        return switch (metric) {
            case "L2" -> l2;
            case "IP" -> dot;
            default -> dot / Math.sqrt(na) / Math.sqrt(nb);
        };
    }

    @Test
    void indexTypesMilvusDoesNotBuildForInt8AreRefused() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:milvus:mem:int8-index")) {
            act(c, "CREATE COLLECTION q (id INT64 PRIMARY KEY, v INT8_VECTOR(4))");
            assertThatThrownBy(() -> act(c, "CREATE INDEX ON q (v) USING IVF_FLAT WITH (metric_type = 'L2', nlist = 8)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("data type Int8Vector can't build with this index IVF_FLAT");
            assertThatThrownBy(() -> act(c, "CREATE INDEX ON q (v) USING HNSW WITH (metric_type = 'HAMMING')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("int8 vector index does not support metric type: HAMMING");
        }
    }

    @Test
    void int8VectorsSurviveARestart(@TempDir Path dir) throws Exception {
        String url = "jdbc:milvus:file:" + dir;
        try (Connection c = DriverManager.getConnection(url)) {
            act(c, "CREATE COLLECTION q (id INT64 PRIMARY KEY, v INT8_VECTOR(4))");
            act(c, "INSERT INTO q VALUES (1, [1, 2, 3, 4])");
            act(c, "FLUSH q");
            act(c, "INSERT INTO q VALUES (2, [5, 6, 7, -8])");
        }
        try (Connection c = DriverManager.getConnection(url)) {
            act(c, "CREATE INDEX ON q (v) USING AUTOINDEX WITH (metric_type = 'IP')");
            act(c, "LOAD COLLECTION q");
            assertThat(query(c, "SELECT v FROM q WHERE id > 0 LIMIT 10 WITH (consistency_level = 'Strong')")
                    .column("v")).containsExactly(new byte[] {1, 2, 3, 4}, new byte[] {5, 6, 7, -8});
        }
    }
}
