package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every data type written through INSERT and read back through SELECT, and searches on binary and sparse vectors. */
class TypesStatementsIT {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void everyTypeRoundTripsAndNonFloatVectorsSearch(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, """
                    CREATE COLLECTION all_types (
                        b BOOL, i8 INT8, i16 INT16, i32 INT32, i64 INT64 PRIMARY KEY, f FLOAT, d DOUBLE,
                        s VARCHAR(10) NULL, j JSON NULL, a ARRAY<INT64>(4), af ARRAY<DOUBLE>(8),
                        v1 FLOAT_VECTOR(2), v2 BINARY_VECTOR(16), v3 FLOAT16_VECTOR(2), v4 BFLOAT16_VECTOR(2),
                        v6 SPARSE_FLOAT_VECTOR)""");
            act(c, "CREATE INDEX ON all_types (v1) USING FLAT WITH (metric_type = 'L2')");
            act(c, "CREATE INDEX ON all_types (v2) USING BIN_FLAT WITH (metric_type = 'HAMMING')");
            act(c, "CREATE INDEX ON all_types (v3) USING FLAT WITH (metric_type = 'L2')");
            act(c, "CREATE INDEX ON all_types (v4) USING FLAT WITH (metric_type = 'L2')");
            act(c, "CREATE INDEX ON all_types (v6) USING SPARSE_INVERTED_INDEX WITH (metric_type = 'IP')");
            act(c, "LOAD COLLECTION all_types");
            act(c, "INSERT INTO all_types VALUES "
                    + "(true, -8, 300, 70000, 1, 1.5, 2.25, 'text', {\"k\": [1, 2]}, [1, 2], [0.5], [1, 2], x'0F3C', [1, -2], [0.5, 4], {3: 0.5, 17: 0.25}), "
                    + "(false, 7, -3, 0, 2, -1.5, 0.0, NULL, NULL, [], [], [3, 4], x'FFFF', [0.25, 8], [-1, 2], {1: 1.0})");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO all_types VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Object[] values = {true, 1, 2, 3, 3L, 0.5f, 0.25, "bound", Map.of("a", 1), List.of(9L), new double[] {1.5},
                        new float[] {5, 6}, new byte[] {0, 1}, new float[] {1, 1}, new float[] {2, 2}, Map.of(4L, 2.0f)};
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            Rows rows = query(c, "SELECT * FROM all_types WHERE i64 in [1, 2, 3] LIMIT 10");
            assertThat(rows.rows()).hasSize(3);
            int first = rows.column("i64").indexOf(1L);
            int second = rows.column("i64").indexOf(2L);
            assertThat(rows.rows().get(first)).containsSubsequence(true, (byte) -8, (short) 300, 70000, 1L, 1.5f, 2.25, "text");
            assertThat((String) rows.rows().get(first).get(rows.columns().indexOf("j"))).contains("\"k\"");
            assertThat(rows.rows().get(first).get(rows.columns().indexOf("a"))).isEqualTo(List.of(1L, 2L));
            assertThat(rows.rows().get(first).get(rows.columns().indexOf("af"))).isEqualTo(List.of(0.5));
            assertThat((float[]) rows.rows().get(first).get(rows.columns().indexOf("v1"))).containsExactly(1f, 2f);
            assertThat((byte[]) rows.rows().get(first).get(rows.columns().indexOf("v2"))).containsExactly(0x0F, 0x3C);
            assertThat((byte[]) rows.rows().get(first).get(rows.columns().indexOf("v3"))).containsExactly(0x00, 0x3C, 0x00, 0xC0 - 256);
            assertThat((byte[]) rows.rows().get(first).get(rows.columns().indexOf("v4"))).containsExactly(0x00, 0x3F, 0x80 - 256, 0x40);
            assertThat(rows.rows().get(first).get(rows.columns().indexOf("v6"))).isEqualTo(Map.of(3L, 0.5f, 17L, 0.25f));
            assertThat(rows.rows().get(second).get(rows.columns().indexOf("s"))).isNull();
            assertThat(rows.rows().get(second).get(rows.columns().indexOf("j"))).isNull();

            Rows hamming = query(c, "SELECT i64, distance() FROM all_types ORDER BY v2 <~> x'0F3C' LIMIT 1");
            assertThat(hamming.get(0, "i64")).isEqualTo(1L);
            assertThat(hamming.get(0, "distance")).isEqualTo(0f);
            Rows sparse = query(c, "SELECT i64 FROM all_types ORDER BY v6 <#> {1: 0.5, 17: 1.0} LIMIT 1");
            assertThat(sparse.get(0, "i64")).isEqualTo(2L);
            Rows half = query(c, "SELECT i64 FROM all_types ORDER BY v3 <-> [0.25, 8] LIMIT 1");
            assertThat(half.get(0, "i64")).isEqualTo(2L);
        }
    }
}
