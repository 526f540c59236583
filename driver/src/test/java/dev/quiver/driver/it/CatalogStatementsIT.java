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
import java.sql.SQLFeatureNotSupportedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The catalog statement forms of the grammar corpus (databases, collections, partitions, load/release, indexes,
 * aliases, compaction, segments, health, EXPLAIN, users and roles) through JDBC against the embedded engine,
 * in-process and over TCP.
 */
class CatalogStatementsIT {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void databases(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            assertThat(act(c, "CREATE DATABASE analytics").tag()).isEqualTo("CREATE DATABASE");
            assertThat(act(c, "CREATE DATABASE IF NOT EXISTS analytics").details()).containsEntry("existed", true);
            act(c, "CREATE DATABASE other WITH (database.max.collections = 64)");
            assertThat(query(c, "SHOW DATABASES").column("database")).contains("default", "analytics", "other");
            act(c, "ALTER DATABASE analytics SET (database.replica.number = 2)");
            Rows described = query(c, "DESCRIBE DATABASE analytics");
            assertThat(described.columns()).containsExactly("property", "value");
            assertThat(described.rows()).anySatisfy(r -> assertThat(r).containsExactly("database.replica.number", "2"));
            assertThat(query(c, "DESC DATABASE other").rows()).anySatisfy(r -> assertThat(r)
                    .containsExactly("database.max.collections", "64"));
            act(c, "USE analytics");
            act(c, "CREATE COLLECTION in_analytics DIMENSION 2");
            assertThat(query(c, "SHOW COLLECTIONS").column("collection")).containsExactly("in_analytics");
            act(c, "USE default");
            assertThat(query(c, "SHOW COLLECTIONS").column("collection")).doesNotContain("in_analytics");
            act(c, "DROP DATABASE other");
            assertThat(act(c, "DROP DATABASE IF EXISTS other").details()).containsEntry("existed", false);
            assertThatThrownBy(() -> act(c, "DROP DATABASE other")).isInstanceOf(SQLException.class)
                    .hasMessage("database not found[database=other]");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void collectionsDescribeShowCreateRenameAlterDrop(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, """
                    CREATE COLLECTION films (
                        id        INT64 PRIMARY KEY AUTO_ID,
                        title     VARCHAR(256) NOT NULL DEFAULT 'untitled' COMMENT 'the film''s title',
                        year      INT64 PARTITION KEY,
                        tags      ARRAY<VARCHAR(32)>(16),
                        meta      JSON,
                        embedding FLOAT_VECTOR(8)
                    ) WITH (description = 'films', dynamic_field = true, shards = 1, consistency_level = 'Bounded')""");
            assertThat(act(c, "CREATE COLLECTION IF NOT EXISTS films (id INT64 PRIMARY KEY, embedding FLOAT_VECTOR(4))")
                    .details()).containsEntry("existed", true);
            act(c, "CREATE TABLE t1 (pk VARCHAR(64) PRIMARY KEY, v BINARY_VECTOR(128))");
            act(c, """
                    CREATE COLLECTION all_types (
                        b BOOL, i8 INT8, i16 INT16, i32 INT32, i64 INT64 PRIMARY KEY, f FLOAT, d DOUBLE,
                        s VARCHAR(10) NULL, j JSON NULL, a ARRAY<INT64>(4), af ARRAY<DOUBLE>(8),
                        v1 FLOAT_VECTOR(8), v2 BINARY_VECTOR(16), v3 FLOAT16_VECTOR(8), v4 BFLOAT16_VECTOR(8),
                        v6 SPARSE_FLOAT_VECTOR)""");
            act(c, "CREATE COLLECTION defaults (id INT64 PRIMARY KEY, n INT32 DEFAULT -1, x DOUBLE DEFAULT 2.5e-3, "
                    + "flag BOOL DEFAULT false, name VARCHAR(8) DEFAULT \"n/a\" NULL, v FLOAT_VECTOR(2))");
            assertThatThrownBy(() -> act(c, "CREATE COLLECTION `odd name` (`the id` INT64 PRIMARY KEY, `select` FLOAT_VECTOR(2))"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("Invalid collection name: odd name");

            Rows describe = query(c, "DESCRIBE films");
            assertThat(describe.column("field")).containsExactly("id", "title", "year", "tags", "meta", "embedding",
                    "$meta");
            assertThat(describe.column("type")).containsExactly("INT64", "VARCHAR(256)", "INT64", "ARRAY<VARCHAR>(16)",
                    "JSON", "FLOAT_VECTOR(8)", "JSON");
            assertThat(describe.get(6, "nullable")).isEqualTo(true);
            act(c, "CREATE INDEX vec ON films (embedding) USING HNSW WITH (metric_type = 'IP', M = 8, efConstruction = 64)");
            act(c, "CREATE ALIAS movies FOR films");
            try (java.sql.Statement s = c.createStatement()) {
                assertThat(s.execute("DESCRIBE COLLECTION films")).isTrue();
                java.util.Map<String, Object> details = s.unwrap(dev.quiver.driver.MilvusStatement.class).getDetails();
                assertThat(details.keySet()).containsExactly("description", "consistency_level", "dynamic_field",
                        "shards", "partitions", "indexes", "properties", "aliases", "load_state");
                assertThat(details).containsEntry("description", "films").containsEntry("consistency_level", "Bounded")
                        .containsEntry("dynamic_field", true).containsEntry("shards", 1)
                        .containsEntry("indexes", java.util.List.of("vec ON embedding USING HNSW (IP)"))
                        .containsEntry("aliases", java.util.List.of("movies")).containsEntry("load_state", "NotLoad");
                assertThat((java.util.List<?>) details.get("partitions")).as("the partition key's partitions")
                        .isNotEmpty();
            }
            act(c, "DROP ALIAS movies");
            act(c, "DROP INDEX vec ON films");

            assertThat(describe.get(0, "auto_id")).isEqualTo(true);
            assertThat(describe.get(1, "default")).isEqualTo("untitled");
            assertThat(describe.get(1, "description")).isEqualTo("the film's title");
            assertThat(describe.get(2, "partition_key")).isEqualTo(true);
            Rows types = query(c, "DESC all_types");
            assertThat(types.column("type")).contains("INT8", "INT16", "BOOL", "DOUBLE", "FLOAT", "VARCHAR(10)",
                    "ARRAY<INT64>(4)", "BINARY_VECTOR(16)", "FLOAT16_VECTOR(8)", "BFLOAT16_VECTOR(8)", "SPARSE_FLOAT_VECTOR");
            assertThat(query(c, "DESCRIBE TABLE defaults").column("default")).containsExactly(null, "-1", "0.0025", "false",
                    "n/a", null);

            Rows create = query(c, "SHOW CREATE COLLECTION films");
            String ddl = (String) create.get(0, "statement");
            assertThat(ddl).startsWith("CREATE COLLECTION films (").contains("AUTO_ID").contains("VARCHAR(256)")
                    .contains("PARTITION KEY").contains("FLOAT_VECTOR(8)").contains("description = \"films\"");
            act(c, "DROP COLLECTION films");
            act(c, ddl);
            assertThat(query(c, "DESCRIBE films").rows()).isEqualTo(describe.rows());

            assertThat(query(c, "SHOW COLLECTIONS LIKE 'film%'").column("collection")).containsExactly("films");
            assertThat(query(c, "SHOW TABLES").column("collection")).contains("films", "t1", "all_types", "defaults");
            act(c, "RENAME COLLECTION t1 TO t2");
            assertThat(query(c, "SHOW COLLECTIONS").column("collection")).contains("t2").doesNotContain("t1");
            act(c, "ALTER COLLECTION films SET (collection.ttl.seconds = 86400)");
            assertThat((String) query(c, "SHOW CREATE TABLE films").get(0, "statement")).contains("86400");
            act(c, "DROP TABLE t2");
            assertThat(act(c, "DROP COLLECTION IF EXISTS t2").details()).containsEntry("existed", false);
            assertThatThrownBy(() -> act(c, "DROP COLLECTION t2")).isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42M01"));
            assertThatThrownBy(() -> act(c, "CREATE COLLECTION props (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2)) "
                    + "WITH ('collection.ttl.seconds' = 3600, fields = [a, b])"))
                    .hasMessageStartingWith("unknown property 'fields'");
            assertThat(query(c, "SHOW COLLECTIONS").column("collection")).doesNotContain("props");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void partitionsLoadReleaseAndProgress(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION films DIMENSION 4 METRIC L2");
            act(c, "CREATE PARTITION p2024 IN films");
            assertThat(act(c, "CREATE PARTITION IF NOT EXISTS p2024 ON films").details()).containsEntry("existed", true);
            act(c, "CREATE PARTITION p2025 FROM films");
            assertThat(query(c, "SHOW PARTITIONS IN films").column("partition"))
                    .containsExactlyInAnyOrder("_default", "p2024", "p2025");
            Outcome released = act(c, "RELEASE PARTITIONS p2024, p2025 FROM films");
            assertThat(released.tag()).isEqualTo("RELEASE PARTITIONS 2");
            Outcome loaded = act(c, "LOAD PARTITIONS p2024, p2025 FROM films WITH (replicas = 1)");
            assertThat(loaded.tag()).isEqualTo("LOAD PARTITIONS 2");
            assertThat(loaded.details()).containsEntry("load_state", "Loaded");
            act(c, "RELEASE PARTITION p2025 ON films");
            act(c, "DROP PARTITION p2025 FROM films");
            assertThat(act(c, "DROP PARTITION IF EXISTS p2025 IN films").details()).containsEntry("existed", false);
            assertThatThrownBy(() -> act(c, "DROP PARTITION p2025 ON films"))
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42M02"));

            Outcome releasedAll = act(c, "RELEASE COLLECTION films");
            assertThat(releasedAll.tag()).isEqualTo("RELEASE COLLECTION 1");
            assertThat(releasedAll.details()).containsEntry("load_state", "NotLoad");
            act(c, "RELEASE TABLE films");
            Outcome load = act(c, "LOAD COLLECTION films WITH (replicas = 1, refresh = false)");
            assertThat(load.tag()).isEqualTo("LOAD COLLECTION 1");
            assertThat(load.details()).containsEntry("load_state", "Loaded");
            act(c, "LOAD TABLE films NOWAIT");
            Rows progress = query(c, "SHOW LOADING PROGRESS OF films");
            assertThat(progress.get(0, "progress")).isEqualTo(100L);
            assertThatThrownBy(() -> act(c, "LOAD COLLECTION films WITH (replica = 1)"))
                    .hasMessageStartingWith("unknown property 'replica' in LOAD COLLECTION");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void indexesAliasesSegmentsHealthAndExplain(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(32), embedding FLOAT_VECTOR(4))");
            Outcome index = act(c, "CREATE INDEX emb_idx ON films (embedding) USING HNSW WITH (metric_type = 'COSINE', "
                    + "M = 16, efConstruction = 200)");
            assertThat(index.tag()).isEqualTo("CREATE INDEX");
            assertThat(index.details()).containsEntry("state", "Finished").containsEntry("index_name", "emb_idx");
            assertThat(act(c, "CREATE INDEX IF NOT EXISTS emb_idx ON films (embedding) USING IVF_FLAT "
                    + "WITH (metric_type = 'L2', nlist = 128) NOWAIT").details()).containsEntry("existed", true);
            Rows indexes = query(c, "SHOW INDEXES FROM films");
            assertThat(indexes.column("index_name")).containsExactly("emb_idx");
            assertThat(indexes.get(0, "index_type")).isEqualTo("HNSW");
            assertThat(indexes.get(0, "metric_type")).isEqualTo("COSINE");
            Rows described = query(c, "DESCRIBE INDEX emb_idx ON films");
            assertThat(described.get(0, "state")).isEqualTo("Finished");
            assertThat((String) query(c, "SHOW CREATE COLLECTION films").rows().get(1).get(0))
                    .startsWith("CREATE INDEX emb_idx ON films (embedding) USING HNSW");
            act(c, "LOAD COLLECTION films");

            act(c, "CREATE ALIAS cinema FOR films");
            assertThat(query(c, "SHOW ALIASES FOR films").column("alias")).containsExactly("cinema");
            assertThat(query(c, "DESCRIBE ALIAS cinema").get(0, "collection")).isEqualTo("films");
            act(c, "CREATE COLLECTION movies DIMENSION 4");
            act(c, "ALTER ALIAS cinema FOR movies");
            assertThat(query(c, "DESCRIBE ALIAS cinema").get(0, "collection")).isEqualTo("movies");
            assertThat(query(c, "SHOW ALIASES").column("alias")).contains("cinema");
            act(c, "DROP ALIAS cinema");
            assertThat(query(c, "SHOW ALIASES FOR movies").rows()).isEmpty();

            act(c, "INSERT INTO films VALUES (1, 'a', [1, 2, 3, 4])");
            act(c, "FLUSH films");
            Rows segments = query(c, "SHOW SEGMENTS FROM films");
            assertThat(segments.columns()).containsExactly("segment_id", "partition_id", "state", "level", "rows", "loaded");
            assertThat(segments.column("rows").stream().mapToLong(v -> (Long) v).sum()).isEqualTo(1L);

            Rows health = query(c, "SHOW HEALTH");
            assertThat(health.get(0, "healthy")).isEqualTo(true);

            Rows explain = query(c, "EXPLAIN FLUSH films");
            assertThat(explain.column("rpc")).containsExactly("Flush", "GetFlushState");
            assertThat((String) explain.get(0, "request")).isEqualTo("{\"db_name\":\"default\",\"collection_names\":[\"films\"]}");
            Rows explainLoad = query(c, "EXPLAIN LOAD COLLECTION films TIMEOUT 10s");
            assertThat(explainLoad.column("rpc")).containsExactly("LoadCollection", "GetLoadState");
            Rows explainQuick = query(c, "EXPLAIN CREATE COLLECTION never DIMENSION 3");
            assertThat(explainQuick.column("rpc")).containsExactly("HasCollection", "CreateCollection", "CreateIndex",
                    "LoadCollection", "GetLoadState", "DropCollection");
            assertThat((String) explainQuick.get(1, "request")).contains("\"dim\"").contains("\"enable_dynamic_field\":true");
            assertThat(query(c, "SHOW COLLECTIONS").column("collection")).doesNotContain("never");
            assertThatThrownBy(() -> act(c, "CREATE COLLECTION q4 DIMENSION 5 METRIC HAMMING"))
                    .hasMessageContaining("float vector index does not support metric type: HAMMING");
            assertThat(query(c, "SHOW COLLECTIONS").column("collection")).as("a failed quick create leaves nothing")
                    .doesNotContain("q4");
            act(c, "CREATE COLLECTION q4 DIMENSION 5 METRIC L2");
            assertThatThrownBy(() -> act(c, "CREATE COLLECTION q4 DIMENSION 5 METRIC HAMMING"))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(query(c, "SHOW COLLECTIONS").column("collection")).as("an existing collection is kept")
                    .contains("q4");
            act(c, "DROP COLLECTION q4");
            Rows explainInsert = query(c, "EXPLAIN INSERT INTO films VALUES (2, 'b', [1, 2, 3, 4])");
            assertThat(explainInsert.column("rpc")).containsExactly("DescribeCollection", "Insert");
            assertThat(query(c, "SELECT COUNT(*) FROM films").get(0, "count(*)")).isEqualTo(1L);

            Outcome compact = act(c, "COMPACT films");
            assertThat(compact.details()).containsKey("compaction_id");
            Rows state = query(c, "SHOW COMPACTION STATE " + compact.details().get("compaction_id"));
            assertThat(state.get(0, "state")).isIn("Executing", "Completed");

            act(c, "RELEASE COLLECTION films");
            assertThat(act(c, "DROP INDEX emb_idx ON films").tag()).isEqualTo("DROP INDEX");
            assertThat(query(c, "SHOW INDEXES FROM films").rows()).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void loadOptionsTimeoutsParametersAndClusteringCompaction(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, year INT64, embedding FLOAT_VECTOR(2))");
            act(c, "CREATE INDEX ON films (embedding) USING AUTOINDEX WITH (metric_type = 'L2') TIMEOUT 1h");
            assertThat(act(c, "LOAD COLLECTION films WITH (replicas = 1, fields = [id, embedding], refresh = false) TIMEOUT 5m")
                    .details()).containsEntry("load_state", "Loaded");
            act(c, "INSERT INTO films VALUES (1, 2000, [1, 2])");
            Outcome flushed = act(c, "FLUSH COLLECTION films NOWAIT TIMEOUT 30s");
            assertThat(flushed.details()).containsEntry("flushed", false);
            @SuppressWarnings("unchecked")
            long ts = ((java.util.Map<String, Long>) flushed.details().get("flush_ts")).get("films");
            try (java.sql.PreparedStatement ps = c.prepareStatement("SHOW FLUSH STATE OF films AT ?")) {
                ps.setLong(1, ts);
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getLong("flush_ts")).isEqualTo(ts);
                }
            }
            Outcome clustering = act(c, "COMPACT COLLECTION films CLUSTERING");
            assertThat(clustering.tag()).isEqualTo("COMPACT CLUSTERING");
            try (java.sql.PreparedStatement ps = c.prepareStatement("SHOW COMPACTION STATE :compaction_id")) {
                ps.setObject(1, clustering.details().get("compaction_id"));
                try (java.sql.ResultSet rs = ps.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString("state")).isIn("Executing", "Completed");
                }
            }
            assertThat(query(c, "SHOW STATISTICS OF films").get(0, "row_count")).isEqualTo(1L);

            act(c, "SET flush_wait = false");
            assertThat(act(c, "FLUSH films").details()).containsEntry("flushed", false);
            assertThat(query(c, "EXPLAIN FLUSH films").column("rpc")).containsExactly("Flush");
            act(c, "RESET flush_wait");
            assertThat(act(c, "FLUSH films").details()).containsEntry("flushed", true);
            act(c, "SET load_wait = false");
            assertThat(query(c, "EXPLAIN LOAD COLLECTION films").column("rpc")).containsExactly("LoadCollection");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void usersAndRolesAndPrivilegesOrNotSupported(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE USER alice PASSWORD 'S3cret!'");
            assertThat(query(c, "SHOW USERS").column("user")).contains("alice");
            act(c, "ALTER USER alice PASSWORD 'N3wPassw0rd' REPLACE 'S3cret!'");
            act(c, "CREATE ROLE reader");
            act(c, "GRANT ROLE reader TO alice");
            assertThat(query(c, "SHOW ROLES").column("role")).contains("reader");
            try {
                act(c, "GRANT Search ON COLLECTION films TO reader");
                assertThat(query(c, "SHOW GRANTS FOR reader").column("privilege")).contains("Search");
                act(c, "REVOKE Search ON COLLECTION films FROM reader");
            } catch (SQLFeatureNotSupportedException e) {
                assertThat(e.getMessage()).containsAnyOf("OperatePrivilege", "SelectGrant");
            }
            act(c, "REVOKE ROLE reader FROM alice");
            act(c, "DROP ROLE reader");
            act(c, "DROP USER alice");
            assertThat(query(c, "SHOW USERS").column("user")).doesNotContain("alice");
        }
    }
}
