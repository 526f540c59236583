package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ORDER BY RRF(...) / WEIGHTED(...) through JDBC: the driver sends HybridSearch and reads the fused rows. Fixture:
 * dense (L2) distances to the origin grow with the id; sparse (IP) scores against {0: 1} rank ids 6, 2, 3, 4, 5, 1.
 */
class HybridSearchStatementsIT {

    private static void fixture(Connection c) throws SQLException {
        act(c, "CREATE COLLECTION h (id INT64 PRIMARY KEY, tag INT64, dense FLOAT_VECTOR(2), sparse SPARSE_FLOAT_VECTOR)");
        act(c, "CREATE INDEX ON h (dense) USING FLAT WITH (metric_type = 'L2')");
        act(c, "CREATE INDEX ON h (sparse) USING SPARSE_INVERTED_INDEX WITH (metric_type = 'IP')");
        act(c, "LOAD COLLECTION h");
        act(c, "INSERT INTO h (id, tag, dense, sparse) VALUES (1, 1, [0.1, 0], {0: 0.1}), (2, 0, [0.2, 0], {0: 0.6}), "
                + "(3, 1, [0.3, 0], {0: 0.5}), (4, 0, [0.4, 0], {0: 0.3}), (5, 1, [0.5, 0], {0: 0.2}), "
                + "(6, 0, [1, 0], {0: 0.9})");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void rrfAndWeightedFromTheLanguage(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            fixture(c);
            Rows rrf = query(c, "SELECT id, tag, distance() FROM h ORDER BY RRF(60, dense <-> [0, 0] WHERE id > 1 LIMIT 3,"
                    + " sparse <#> {0: 1} LIMIT 3) LIMIT 10");
            // dense with id > 1: 2, 3, 4; sparse: 6, 2, 3
            assertThat(rrf.column("id")).containsExactly(2L, 3L, 6L, 4L);
            assertThat(rrf.column("tag")).containsExactly(0L, 1L, 0L, 0L);
            assertThat(rrf.column("distance")).containsExactly(1f / 61f + 1f / 62f, 1f / 62f + 1f / 63f, 1f / 61f,
                    1f / 63f);

            Rows shared = query(c, "SELECT id FROM h WHERE tag == 1 ORDER BY RRF(dense <-> [0, 0], sparse <#> {0: 1})"
                    + " LIMIT 2 OFFSET 1");
            // tag 1 rows 1, 3, 5: dense 1, 3, 5; sparse 3, 5, 1 -> 3 (1/62 + 1/61), 1 (1/61 + 1/63), 5 (1/63 + 1/62)
            assertThat(shared.column("id")).containsExactly(1L, 5L);

            Rows weighted = query(c, "SELECT id, distance() FROM h ORDER BY WEIGHTED(1, 0.5, dense <-> [0, 0] LIMIT 3,"
                    + " dense <-> [0, 0] WHERE id > 2 LIMIT 3) LIMIT 5");
            // both L2 without normalisation: raw weighted distances, smallest first
            assertThat(weighted.column("id")).containsExactly(1L, 2L, 4L, 5L, 3L);

            Rows normalised = query(c, "SELECT id, distance() FROM h ORDER BY WEIGHTED(0.7, 0.3, dense <-> [0, 0] LIMIT 6,"
                    + " sparse <#> {0: 1} LIMIT 6) LIMIT 1 WITH (norm_score = true, round_decimal = 4)");
            // id 2 (distance 0.04, sparse score 0.6) has the best normalised sum
            double expected = 0.7 * (1 - 2 * Math.atan(0.04) / Math.PI) + 0.3 * (0.5 + Math.atan(0.6) / Math.PI);
            assertThat(normalised.column("id")).containsExactly(2L);
            assertThat((float) normalised.get(0, "distance")).isEqualTo((float) (Math.floor(expected * 1e4 + 0.5) / 1e4));

            Rows grouped = query(c, "SELECT id, tag FROM h GROUP BY tag ORDER BY RRF(dense <-> [0, 0], sparse <#> {0: 1})"
                    + " LIMIT 1 WITH (group_size = 2)");
            // each search runs grouped with LIMIT + OFFSET = 1 group: dense [1, 3] (tag 1), sparse [6, 2] (tag 0);
            // fused 1 = 6 = 1/61, 2 = 3 = 1/62; equal groups, the one whose first id is smaller wins
            assertThat(grouped.column("id")).containsExactly(1L, 3L);
            assertThat(grouped.column("tag")).containsExactly(1L, 1L);

            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id FROM h ORDER BY WEIGHTED(?, ?, dense <-> ? LIMIT ?, sparse <#> ?) LIMIT ?")) {
                ps.setDouble(1, 0.5);
                ps.setDouble(2, 0.5);
                ps.setObject(3, new float[] {0f, 0f});
                ps.setLong(4, 2);
                ps.setObject(5, java.util.Map.of(0L, 1f));
                ps.setLong(6, 1);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
                assertThat(ids).hasSize(1);
            }

            Rows explain = query(c, "EXPLAIN SELECT id FROM h ORDER BY RRF(10, dense <-> [0, 0], sparse <#> {0: 1}) LIMIT 3");
            assertThat(explain.column("rpc")).containsExactly("DescribeCollection", "HybridSearch");
            assertThat((String) explain.get(1, "request")).contains("\"strategy\"").contains("rrf")
                    .contains("{\\\"k\\\":10}").contains("\"anns_field\"").contains("sparse");

            assertThatThrownBy(() -> query(c, "SELECT id FROM h ORDER BY RRF(dense <-> [0, 0]) LIMIT 3 WITH (ef = 10)"))
                    .hasMessageContaining("unknown property 'ef'");
            assertThatThrownBy(() -> query(c, "SELECT id FROM h ORDER BY RRF(nope <-> [0, 0]) LIMIT 3"))
                    .hasMessageContaining("unknown field nope");
            assertThatThrownBy(() -> query(c, "SELECT id FROM h ORDER BY WEIGHTED(2, dense <-> [0, 0]) LIMIT 3"))
                    .hasMessageContaining("rank param weight should be in range [0, 1]");
        }
    }
}
