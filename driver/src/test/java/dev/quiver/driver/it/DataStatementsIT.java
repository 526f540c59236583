package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.MilvusStatement;
import dev.quiver.driver.internal.exec.handlers.CountingProxy;
import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import dev.quiver.embedded.EmbeddedMilvus;
import dev.quiver.proto.milvus.InsertRequest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** INSERT/UPSERT/DELETE/SELECT/vector search through JDBC against the embedded engine, in-process and over TCP. */
class DataStatementsIT {

    private static void films(Connection c) throws SQLException {
        act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(64) NULL, year INT32, "
                + "tags ARRAY<VARCHAR(16)>(4), meta JSON, embedding FLOAT_VECTOR(3)) WITH (dynamic_field = true)");
        act(c, "CREATE INDEX emb_idx ON films (embedding) USING HNSW WITH (metric_type = 'L2', M = 16, efConstruction = 64)");
        act(c, "LOAD COLLECTION films");
        act(c, "INSERT INTO films (id, title, year, tags, meta, embedding) VALUES "
                + "(1, 'Alien', 1979, ['horror', 'sci-fi'], {\"rating\": 8.5}, [1, 0, 0]), "
                + "(2, 'Aliens', 1986, ['action'], {\"rating\": 8.4}, [0.9, 0.1, 0]), "
                + "(3, 'Heat', 1995, [], {\"rating\": 8.3}, [0, 1, 0]), "
                + "(4, NULL, 2004, ['drama'], {}, [0, 0, 1])");
        act(c, "INSERT INTO films ROWS {\"id\": 5, \"year\": 2010, \"tags\": [], \"meta\": {}, \"embedding\": [0, 0.9, 0.1], "
                + "\"color\": \"red\"}");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void queriesCountsFiltersAndDynamicKeys(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            films(c);
            assertThat(query(c, "SELECT COUNT(*) FROM films").get(0, "count(*)")).isEqualTo(5L);
            Rows recent = query(c, "SELECT id, title FROM films WHERE year >= 2000 LIMIT 10");
            assertThat(recent.columns()).containsExactly("id", "title");
            assertThat(recent.column("id")).containsExactlyInAnyOrder(4L, 5L);
            assertThat(recent.column("title")).containsOnlyNulls();
            Rows like = query(c, "SELECT id FROM films WHERE title LIKE 'Ali%'");
            assertThat(like.column("id")).containsExactlyInAnyOrder(1L, 2L);
            Rows all = query(c, "SELECT * FROM films WHERE id == 1");
            assertThat(all.get(0, "title")).isEqualTo("Alien");
            assertThat(all.get(0, "year")).isEqualTo(1979);
            assertThat(all.get(0, "tags")).isEqualTo(List.of("horror", "sci-fi"));
            assertThat((String) all.get(0, "meta")).contains("8.5");
            assertThat((float[]) all.get(0, "embedding")).containsExactly(1f, 0f, 0f);
            Rows dynamic = query(c, "SELECT id, color FROM films WHERE id == 5");
            assertThat(dynamic.get(0, "color")).isEqualTo("red");
            Rows paged = query(c, "SELECT id FROM films LIMIT 2 OFFSET 1");
            assertThat(paged.rows()).hasSize(2);
            Rows json = query(c, "SELECT id FROM films WHERE meta[\"rating\"] > 8.35 AND array_contains(tags, 'horror')");
            assertThat(json.column("id")).containsExactly(1L);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void vectorSearchRangeMultiVectorAndGroupBy(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            films(c);
            Rows nearest = query(c, "SELECT id, title, distance() FROM films ORDER BY embedding <-> [1, 0, 0] LIMIT 2");
            assertThat(nearest.columns()).containsExactly("id", "title", "distance");
            assertThat(nearest.column("id")).containsExactly(1L, 2L);
            assertThat((Float) nearest.get(0, "distance")).isEqualTo(0f);
            Rows filtered = query(c, "SELECT id FROM films WHERE year > 1980 ORDER BY embedding <-> [1, 0, 0] LIMIT 1");
            assertThat(filtered.column("id")).containsExactly(2L);
            Rows multi = query(c, "SELECT id, distance() FROM films ORDER BY embedding <-> [[1, 0, 0], [0, 0, 1]] LIMIT 1");
            assertThat(multi.columns()).containsExactly("query_index", "id", "distance");
            assertThat(multi.column("query_index")).containsExactly(0, 1);
            assertThat(multi.column("id")).containsExactly(1L, 4L);
            Rows range = query(c, "SELECT id FROM films WHERE embedding <-> [1, 0, 0] < 0.5 ORDER BY embedding <-> [1, 0, 0] LIMIT 5");
            assertThat(range.column("id")).containsExactlyInAnyOrder(1L, 2L);
            Rows offset = query(c, "SELECT id FROM films ORDER BY embedding <-> [1, 0, 0] LIMIT 1 OFFSET 1");
            assertThat(offset.column("id")).containsExactly(2L);
            Rows star = query(c, "SELECT * FROM films ORDER BY embedding <-> [0, 0, 1] LIMIT 1");
            assertThat(star.get(0, "id")).isEqualTo(4L);
            assertThat(star.get(0, "year")).isEqualTo(2004);
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM films ORDER BY embedding <-> ? LIMIT ?")) {
                ps.setObject(1, new float[] {0f, 1f, 0f});
                ps.setInt(2, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong(1)).isEqualTo(3L);
                }
            }
            assertThatThrownBy(() -> query(c, "SELECT id FROM films ORDER BY embedding <-> [1, 0] LIMIT 1"))
                    .hasMessage("query vector 1 for embedding: the vector has 2 dimensions but the field has 3");
            assertThatThrownBy(() -> query(c, "SELECT id FROM films ORDER BY embedding <~> x'0F' LIMIT 1"))
                    .hasMessageContaining("HAMMING metric");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void upsertDeleteAndValidationBeforeAnyRpc(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            films(c);
            assertThat(act(c, "UPSERT INTO films (id, title, year, tags, meta, embedding) VALUES "
                    + "(1, 'Alien (1979)', 1979, [], {}, [1, 0, 0])").tag()).isEqualTo("UPSERT 1");
            assertThat(query(c, "SELECT title FROM films WHERE id == 1").get(0, "title")).isEqualTo("Alien (1979)");
            EngineTargets.Outcome deleted = act(c, "DELETE FROM films WHERE id IN [1, 2]");
            assertThat(deleted.count()).isEqualTo(2);
            assertThat(deleted.tag()).isEqualTo("DELETE 2");
            assertThat(query(c, "SELECT COUNT(*) FROM films").get(0, "count(*)")).isEqualTo(3L);

            assertThatThrownBy(() -> act(c, "INSERT INTO films (id, year, tags, meta, embedding) VALUES (9, 1, [], {}, [1, 2, 3, 4])"))
                    .hasMessage("row 1, column embedding: the vector has 4 dimensions but the field has 3");
            assertThatThrownBy(() -> act(c, "INSERT INTO films (id, year, tags, meta, embedding) VALUES (9, 'x', [], {}, [1, 2, 3])"))
                    .hasMessage("row 1, column year: expected INT32, got 'x' (text)");
            assertThat(query(c, "SELECT COUNT(*) FROM films").get(0, "count(*)")).isEqualTo(3L);
            assertThat(act(c, "TRUNCATE COLLECTION films").tag()).isEqualTo("TRUNCATE COLLECTION");
            assertThat(query(c, "SELECT COUNT(*) FROM films").get(0, "count(*)")).isEqualTo(0L);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void corpusFilterFormsGroupingPartitionsAndExplain(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            films(c);
            String[][] filters = {
                {"year BETWEEN 1980 AND 1999", "2,3"}, {"year NOT BETWEEN 1980 AND 1999", "1,4,5"},
                {"1990 < year <= 2004", "3,4"}, {"id NOT IN [1, 2]", "3,4,5"}, {"title IN ('Heat', 'x')", "3"},
                {"title IS NULL", "4,5"}, {"title IS NOT NULL", "1,2,3"}, {"id % 2 = 0", "2,4"},
                {"NOT (id = 1 OR id = 2)", "3,4,5"}, {"title NOT LIKE 'Ali%'", "3"},
                {"json_contains(tags, 'x') OR array_length(tags) = 2", "1"}, {"array_contains_any(tags, ['drama', 'action'])", "2,4"},
                {"meta['rating'] >= 8.4", "1,2"}, {"$meta['color'] == 'red'", "5"}, {"-id < -4", "5"}
            };
            for (String[] f : filters) {
                Rows r = query(c, "SELECT id FROM films WHERE " + f[0]);
                assertThat(r.column("id")).as(f[0]).containsExactlyInAnyOrder(
                        java.util.Arrays.stream(f[1].split(",")).map(Long::valueOf).toArray());
            }
            assertThat(query(c, "SELECT * FROM films WITH (consistency_level = 'Strong')").rows()).hasSize(5);
            assertThat(query(c, "SELECT id FROM films WHERE id > 0 LIMIT 5 WITH (consistency_level = 'Eventually', "
                    + "ignore_growing = false)").rows()).hasSize(5);
            assertThatThrownBy(() -> query(c, "SELECT id FROM films WITH (consistency = 'Strong')"))
                    .hasMessageStartingWith("unknown property 'consistency'");

            act(c, "CREATE PARTITION p2024 IN films");
            act(c, "INSERT INTO films PARTITION p2024 (id, year, tags, meta, embedding) VALUES (6, 1979, [], {}, [1, 0.05, 0])");
            assertThat(query(c, "SELECT id FROM films PARTITION p2024").column("id")).containsExactly(6L);
            assertThat(query(c, "SELECT count(*) FROM films PARTITION p2024 WHERE year > 1900").get(0, "count(*)")).isEqualTo(1L);
            assertThat(query(c, "SELECT id FROM films PARTITION p2024 ORDER BY embedding <-> [1, 0, 0] LIMIT 3").column("id"))
                    .containsExactly(6L);
            Rows grouped = query(c, "SELECT id, year FROM films GROUP BY year ORDER BY embedding <-> [1, 0, 0] LIMIT 10");
            assertThat(grouped.column("year")).doesNotHaveDuplicates().contains(1979, 1986);
            assertThat(grouped.rows().size()).isEqualTo(5);
            assertThat(act(c, "DELETE FROM films PARTITION p2024 WHERE year < 2000").count()).isEqualTo(1);

            Rows explain = query(c, "EXPLAIN SELECT * FROM films WHERE id > 10 LIMIT 5");
            assertThat(explain.column("rpc")).containsExactly("DescribeCollection", "Query");
            assertThat((String) explain.get(1, "request")).contains("\"expr\":\"id > 10\"").contains("\"limit\"");
            Rows explainSearch = query(c, "EXPLAIN SELECT id FROM films ORDER BY embedding <=> [0.1, 0.2, 0.3] LIMIT 5 "
                    + "WITH (ef = 64)");
            assertThat((String) explainSearch.get(1, "request")).contains("\"FloatVector\"").contains("\"metric_type\"")
                    .contains("COSINE").contains("{\\\"ef\\\":64}");
        }
    }

    @Test
    void preparedBatchOfThousandRowsIsOneInsertRpcAndGeneratedKeysComeBack() throws Exception {
        try (EmbeddedMilvus engine = EmbeddedMilvus.builder().inMemory().build();
             CountingProxy proxy = new CountingProxy(engine.inProcessChannel());
             Connection c = DriverManager.getConnection(proxy.url())) {
            act(c, "CREATE COLLECTION vectors (id INT64 PRIMARY KEY AUTO_ID, label VARCHAR(16), v FLOAT_VECTOR(128))");
            Random random = new Random(7);
            proxy.reset();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO vectors (label, v) VALUES (?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < 1000; i++) {
                    float[] v = new float[128];
                    for (int d = 0; d < v.length; d++) {
                        v[d] = random.nextFloat();
                    }
                    ps.setString(1, "row" + i);
                    ps.setObject(2, v);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertThat(counts).hasSize(1000).containsOnly(1);
                assertThat(proxy.count("Insert")).isEqualTo(1);
                InsertRequest sent = (InsertRequest) proxy.requests().stream().filter(r -> r instanceof InsertRequest)
                        .findFirst().orElseThrow();
                assertThat(sent.getNumRows()).isEqualTo(1000);
                assertThat(sent.getFieldsDataList()).extracting(f -> f.getFieldName()).containsExactly("label", "v");
                assertThat(sent.getFieldsData(1).getVectors().getFloatVector().getDataCount()).isEqualTo(128_000);
                List<Long> keys = new ArrayList<>();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    while (rs.next()) {
                        keys.add(rs.getLong(1));
                    }
                }
                assertThat(keys).hasSize(1000).doesNotHaveDuplicates();
            }
            proxy.reset();
            assertThatThrownBy(() -> act(c, "INSERT INTO vectors (id, label, v) VALUES (1, 'x', [1])"))
                    .hasMessageContaining("AUTO_ID");
            assertThat(proxy.count("Insert")).isZero();
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO vectors (label, v) VALUES ('single', " + zeros(128) + ")",
                        Statement.RETURN_GENERATED_KEYS);
                try (ResultSet rs = s.getGeneratedKeys()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getMetaData().getColumnLabel(1)).isEqualTo("id");
                    assertThat(rs.getLong(1)).isNotZero();
                }
                assertThat(s.unwrap(MilvusStatement.class).getCommandTag()).isEqualTo("INSERT 1");
            }
        }
    }

    @Test
    void queryPastTheWindowStreamsPageByPage() throws Exception {
        try (EmbeddedMilvus engine = EmbeddedMilvus.builder().inMemory().build();
             CountingProxy proxy = new CountingProxy(engine.inProcessChannel());
             Connection c = DriverManager.getConnection(proxy.url())) {
            act(c, "CREATE COLLECTION big DIMENSION 2");
            int total = 20_000;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO big (id, vector) VALUES (?, ?)")) {
                for (int i = 0; i < total; i++) {
                    ps.setLong(1, i);
                    ps.setObject(2, new float[] {i, 1});
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            proxy.reset();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM big")) {
                assertThat(rs.next()).isTrue();
                assertThat(proxy.count("Query")).isEqualTo(1);
                long seen = 1;
                long sum = rs.getLong(1);
                while (rs.next()) {
                    seen++;
                    sum += rs.getLong(1);
                }
                assertThat(seen).isEqualTo(total);
                assertThat(sum).isEqualTo((long) total * (total - 1) / 2);
                assertThat(proxy.count("Query")).isGreaterThanOrEqualTo(2);
            }
            try (Statement s = c.createStatement()) {
                s.setFetchSize(5000);
                proxy.reset();
                try (ResultSet rs = s.executeQuery("SELECT id FROM big WHERE id >= 1000")) {
                    assertThat(proxy.count("Query")).as("the first page is fetched at execute").isEqualTo(1);
                    long seen = 0;
                    while (rs.next()) {
                        seen++;
                    }
                    assertThat(seen).isEqualTo(total - 1000);
                    assertThat(proxy.count("Query")).isEqualTo(4);
                }
            }
        }
    }

    @Test
    void limitWithAnOffsetPastTheWindowSkipsByKeyThenPages() throws Exception {
        try (EmbeddedMilvus engine = EmbeddedMilvus.builder().inMemory().build();
             CountingProxy proxy = new CountingProxy(engine.inProcessChannel());
             Connection c = DriverManager.getConnection(proxy.url())) {
            act(c, "CREATE COLLECTION big DIMENSION 2");
            int total = 20_000;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO big (id, vector) VALUES (?, ?)")) {
                for (int i = total - 1; i >= 0; i--) {
                    ps.setLong(1, i);
                    ps.setObject(2, new float[] {i, 1});
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM big LIMIT 18000 OFFSET 100")) {
                long expected = 100;
                while (rs.next()) {
                    assertThat(rs.getLong(1)).isEqualTo(expected++);
                }
                assertThat(expected).isEqualTo(18_100);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM big WHERE id >= 10 LIMIT 5 OFFSET 19985")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isEqualTo(19_995L);
                int n = 1;
                while (rs.next()) {
                    n++;
                }
                assertThat(n).isEqualTo(5);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT id FROM big LIMIT 10 OFFSET 30000")) {
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void pagedQueriesOfAConnectionThatNeverWroteSeeTheRowsAndKeepOneSnapshot() throws Exception {
        try (EmbeddedMilvus engine = EmbeddedMilvus.builder().inMemory().build();
             CountingProxy proxy = new CountingProxy(engine.inProcessChannel());
             Connection writer = DriverManager.getConnection(proxy.url());
             Connection reader = DriverManager.getConnection(proxy.url())) {
            act(writer, "CREATE COLLECTION c DIMENSION 2");
            act(writer, "INSERT INTO c VALUES (1, [0.1, 0.2]), (2, [0.1, 0.2]), (3, [0.1, 0.2])");
            for (String sql : List.of("SELECT id FROM c", "SELECT id FROM c WHERE id > 1",
                    "SELECT id FROM c WITH (consistency_level = 'Bounded')",
                    "SELECT id FROM c WITH (consistency_level = 'Eventually')")) {
                try (Statement s = reader.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    List<Long> ids = new java.util.ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                    assertThat(ids).as(sql).isEqualTo(sql.contains("id > 1") ? List.of(2L, 3L) : List.of(1L, 2L, 3L));
                }
            }
            try (Statement s = reader.createStatement()) {
                s.setFetchSize(1);
                try (ResultSet rs = s.executeQuery("SELECT id FROM c")) {
                    assertThat(rs.next()).isTrue();
                    act(writer, "INSERT INTO c VALUES (4, [0.1, 0.2])");
                    List<Long> rest = new java.util.ArrayList<>();
                    while (rs.next()) {
                        rest.add(rs.getLong(1));
                    }
                    assertThat(rest).as("pages after the first read the first page's snapshot").containsExactly(2L, 3L);
                }
            }
        }
    }

    private static String zeros(int n) {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "0" : ", 0");
        }
        return b.append(']').toString();
    }
}
