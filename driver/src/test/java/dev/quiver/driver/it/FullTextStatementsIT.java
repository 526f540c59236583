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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Full-text search through JDBC: a collection with an analyzed column and a BM25 function, rows inserted without
 * the sparse column, text searches with {@code @@}, and text_match/phrase_match filters.
 */
class FullTextStatementsIT {

    private static void fixture(Connection c) throws SQLException {
        act(c, "CREATE COLLECTION docs (id INT64 PRIMARY KEY, text VARCHAR(1000) ANALYZER '{\"type\": \"english\"}' MATCH,"
                + " sparse SPARSE_FLOAT_VECTOR, FUNCTION bm25 BM25 (text) -> sparse)");
        act(c, "CREATE INDEX ON docs (sparse) USING SPARSE_INVERTED_INDEX WITH (metric_type = 'BM25')");
        act(c, "LOAD COLLECTION docs");
        act(c, "INSERT INTO docs (id, text) VALUES (1, 'Milvus is an open-source vector database'),"
                + " (2, 'The moon is 384,400 km distance away from earth'),"
                + " (3, 'Milvus supports L2 distance and IP similarity for float vectors'),"
                + " (4, 'Vector databases store embeddings')");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void createInsertSearchAndMatch(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            fixture(c);
            Rows search = query(c, "SELECT id, distance() FROM docs ORDER BY sparse @@ 'vector databases' LIMIT 3");
            assertThat(search.column("id")).containsExactlyInAnyOrder(1L, 3L, 4L);
            assertThat(search.column("id").get(0)).isIn(1L, 4L);

            Rows several = query(c, "SELECT id FROM docs ORDER BY sparse @@ ['moon', 'similarity'] LIMIT 1");
            assertThat(several.column("id")).containsExactly(2L, 3L);

            Rows filtered = query(c, "SELECT id FROM docs WHERE text_match(text, 'distance') ORDER BY sparse @@ 'milvus'"
                    + " LIMIT 5 WITH (drop_ratio_search = 0.1)");
            assertThat(filtered.column("id")).containsExactly(3L);

            Rows phrase = query(c, "SELECT id FROM docs WHERE phrase_match(text, 'vector database')");
            assertThat(phrase.column("id")).containsExactly(1L, 4L);

            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM docs ORDER BY sparse @@ ? LIMIT 1")) {
                ps.setString(1, "earth");
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong("id")).isEqualTo(2L);
                }
            }
            assertThatThrownBy(() -> query(c, "SELECT id FROM docs ORDER BY sparse <#> {1: 0.5} LIMIT 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("does not apply");
        }
    }
}
