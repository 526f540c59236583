package dev.quiver.driver.it;

import static dev.quiver.driver.internal.exec.handlers.EngineTargets.act;
import static dev.quiver.driver.internal.exec.handlers.EngineTargets.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.driver.internal.exec.handlers.EngineTargets;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Mode;
import dev.quiver.driver.internal.exec.handlers.EngineTargets.Rows;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Schema evolution from the language against the embedded engine: ADD COLUMN (AddCollectionField), ALTER COLUMN
 * SET / DROP PROPERTIES (AlterCollectionField), ALTER COLLECTION DROP PROPERTIES and ALTER INDEX SET / DROP
 * PROPERTIES (AlterIndex), with Milvus 2.6's refusals, and an added column surviving a restart of a data directory.
 */
class SchemaEvolutionIT {

    @ParameterizedTest
    @EnumSource(Mode.class)
    void anAddedColumnReadsNullOrItsDefaultForOlderRowsAndTakesValuesForNewOnes(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2))");
            act(c, "CREATE INDEX ON films (v) USING FLAT WITH (metric_type = 'L2')");
            act(c, "LOAD COLLECTION films");
            act(c, "INSERT INTO films VALUES (1, [0.1, 0.2]), (2, [0.3, 0.4])");
            act(c, "FLUSH films");
            act(c, "INSERT INTO films VALUES (3, [0.5, 0.6])");

            assertThat(act(c, "ALTER COLLECTION films ADD COLUMN title VARCHAR(64) NULL").tag())
                    .isEqualTo("ADD COLUMN");
            act(c, "ALTER COLLECTION films ADD COLUMN rating INT32 NULL DEFAULT 5");
            assertThat(query(c, "DESCRIBE films").column("field")).containsExactly("id", "v", "title", "rating");

            act(c, "INSERT INTO films (id, v, title, rating) VALUES (4, [0.7, 0.8], 'Heat', 9)");
            Rows rows = query(c, "SELECT id, title, rating FROM films WHERE id >= 0 LIMIT 10 "
                    + "WITH (consistency_level = 'Strong')");
            assertThat(rows.rows()).containsExactly(Arrays.asList(1L, null, 5), Arrays.asList(2L, null, 5),
                    Arrays.asList(3L, null, 5), Arrays.asList(4L, "Heat", 9));
            assertThat(query(c, "SELECT id FROM films WHERE title IS NULL LIMIT 10 "
                    + "WITH (consistency_level = 'Strong')").column("id")).containsExactlyInAnyOrder(1L, 2L, 3L);
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void addColumnIsRefusedAsMilvusRefusesIt(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2))");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION films ADD COLUMN title VARCHAR(64)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("added field must be nullable, please check it, field name = title");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION films ADD COLUMN id INT64 NULL"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("duplicated field name id");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION films ADD COLUMN k INT64 NULL PARTITION KEY"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("not support to add partition key field");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION films ADD COLUMN s VARCHAR(70000) NULL"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("should be in (0, 65535]");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION nosuch ADD COLUMN s INT8 NULL"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("collection not found");
            assertThat(query(c, "DESCRIBE films").column("field")).containsExactly("id", "v");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void explainShowsTheRequestsOfTheNewStatements(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            Rows add = query(c, "EXPLAIN ALTER COLLECTION films ADD COLUMN rating INT32 NULL");
            assertThat(add.get(0, "rpc")).isEqualTo("AddCollectionField");
            assertThat((String) add.get(0, "request")).contains("\"name\":\"rating\"").contains("\"nullable\":true")
                    .contains("Int32");
            Rows index = query(c, "EXPLAIN ALTER INDEX i ON films DROP PROPERTIES (mmap.enabled)");
            assertThat(index.get(0, "rpc")).isEqualTo("AlterIndex");
            assertThat((String) index.get(0, "request")).contains("\"delete_keys\":[\"mmap.enabled\"]");
            assertThat(query(c, "EXPLAIN ALTER COLLECTION films ALTER COLUMN t SET (max_length = 9)").get(0, "rpc"))
                    .isEqualTo("AlterCollectionField");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void alterColumnChangesMaxLengthAndMmapAndRefusesWhatMilvusRefuses(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION docs (id INT64 PRIMARY KEY, title VARCHAR(4), tags ARRAY<INT64>(2), "
                    + "v FLOAT_VECTOR(2))");
            assertThatThrownBy(() -> act(c, "INSERT INTO docs VALUES (1, 'longer', [1], [0.1, 0.2])"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("length");
            assertThat(act(c, "ALTER COLLECTION docs ALTER COLUMN title SET (max_length = 16)").tag())
                    .isEqualTo("ALTER COLUMN");
            act(c, "ALTER COLLECTION docs ALTER COLUMN tags SET (max_capacity = 8)");
            act(c, "INSERT INTO docs VALUES (1, 'longer', [1, 2, 3], [0.1, 0.2])");
            assertThat(query(c, "DESCRIBE docs").column("type")).contains("VARCHAR(16)", "ARRAY<INT64>(8)");

            act(c, "ALTER COLLECTION docs ALTER COLUMN title SET (mmap.enabled = true)");
            act(c, "ALTER COLLECTION docs ALTER COLUMN title DROP PROPERTIES (mmap.enabled)");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION docs ALTER COLUMN title SET (nullable = true)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("nullable does not allow update in collection field param");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION docs ALTER COLUMN id SET (max_length = 8)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("can not modify the maxlength for non-string types");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION docs ALTER COLUMN title SET (max_length = 70000)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("70000 exceeds the maximum allowed value 65535");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION docs ALTER COLUMN title DROP PROPERTIES (max_length)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("max_length is not allowed to drop in collection field param");

            act(c, "CREATE INDEX ON docs (v) USING FLAT WITH (metric_type = 'L2')");
            act(c, "LOAD COLLECTION docs");
            assertThatThrownBy(() -> act(c, "ALTER COLLECTION docs ALTER COLUMN title SET (mmap.enabled = true)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("can not alter collection field properties if collection loaded");
            act(c, "ALTER COLLECTION docs ALTER COLUMN title SET (max_length = 32)");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void alterIndexSetsAndDropsOnlyConfigurableKeysOnAReleasedCollection(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, v FLOAT_VECTOR(4))");
            act(c, "CREATE INDEX v_idx ON films (v) USING HNSW WITH (metric_type = 'L2', M = 8, efConstruction = 64)");
            act(c, "LOAD COLLECTION films");
            assertThatThrownBy(() -> act(c, "ALTER INDEX v_idx ON films SET (mmap.enabled = true)"))
                    .isInstanceOf(SQLException.class)
                    .hasMessage("can't alter index on loaded collection, please release the collection first: "
                            + "collection already loaded[collection=films]");
            act(c, "RELEASE COLLECTION films");
            assertThatThrownBy(() -> act(c, "ALTER INDEX v_idx ON films SET (M = 32)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("M is not a configable index proptery");
            assertThatThrownBy(() -> act(c, "ALTER INDEX v_idx ON films SET (mmap.enabled = 'maybe')"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("invalid mmap.enabled value: maybe");
            assertThatThrownBy(() -> act(c, "ALTER INDEX nosuch ON films SET (mmap.enabled = true)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("index not found");

            assertThat(act(c, "ALTER INDEX v_idx ON films SET (mmap.enabled = true)").tag()).isEqualTo("ALTER INDEX");
            Rows described = query(c, "DESCRIBE INDEX v_idx ON films");
            assertThat((String) described.get(0, "params")).contains("mmap.enabled").contains("efConstruction");
            // the build parameters did not change, so the same CREATE INDEX is still a no-op
            assertThat(act(c, "CREATE INDEX IF NOT EXISTS v_idx ON films (v) USING HNSW "
                    + "WITH (metric_type = 'L2', M = 8, efConstruction = 64)").details()).containsEntry("existed", true);
            act(c, "ALTER INDEX v_idx ON films DROP PROPERTIES (mmap.enabled)");
            assertThat((String) query(c, "DESCRIBE INDEX v_idx ON films").get(0, "params"))
                    .doesNotContain("mmap.enabled");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void alterCollectionDropPropertiesRemovesThem(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2))");
            act(c, "ALTER COLLECTION films SET (collection.ttl.seconds = 60, mmap.enabled = false)");
            act(c, "ALTER COLLECTION films DROP PROPERTIES (collection.ttl.seconds)");
            String shown = (String) query(c, "SHOW CREATE COLLECTION films").rows().get(0).get(0);
            assertThat(shown).contains("mmap.enabled").doesNotContain("collection.ttl.seconds");
        }
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void clusteringAndPartitionKeysWithTheirPartitionCount(Mode mode) throws Exception {
        try (EngineTargets engine = EngineTargets.start(mode); Connection c = engine.connect()) {
            act(c, "CREATE COLLECTION events (id INT64 PRIMARY KEY, tenant VARCHAR(64) PARTITION KEY WITH "
                    + "(num_partitions = 32), ts INT64 CLUSTERING KEY, v FLOAT_VECTOR(2))");
            String shown = (String) query(c, "SHOW CREATE COLLECTION events").rows().get(0).get(0);
            assertThat(shown).contains("tenant VARCHAR(64) PARTITION KEY").contains("ts INT64 CLUSTERING KEY");
            assertThatThrownBy(() -> act(c, "CREATE COLLECTION e2 (id INT64 PRIMARY KEY, a INT64 CLUSTERING KEY, "
                    + "b INT64 CLUSTERING KEY, v FLOAT_VECTOR(2))")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("there are more than one clustering key, field name = a, b");
            assertThatThrownBy(() -> act(c, "CREATE COLLECTION e3 (id INT64 PRIMARY KEY, j JSON CLUSTERING KEY, "
                    + "v FLOAT_VECTOR(2))")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("clustering key field j has unsupported data type JSON");
            assertThatThrownBy(() -> act(c, "CREATE COLLECTION e4 (id INT64 PRIMARY KEY, t INT64 PARTITION KEY WITH "
                    + "(num_partitions = 5000), v FLOAT_VECTOR(2))")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("partition number (5000) exceeds max configuration (1024)");
            assertThatThrownBy(() -> act(c, "CREATE COLLECTION e5 (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2)) "
                    + "WITH (num_partitions = 4)")).isInstanceOf(SQLException.class)
                    .hasMessageContaining("num_partitions should only be specified with partition key field enabled");
        }
    }

    @Test
    void anAddedColumnAndAlteredIndexSurviveARestartOfTheDataDirectory(@TempDir Path dir) throws Exception {
        String url = "jdbc:milvus:file:" + dir;
        try (Connection c = DriverManager.getConnection(url)) {
            act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, v FLOAT_VECTOR(2))");
            act(c, "CREATE INDEX v_idx ON films (v) USING FLAT WITH (metric_type = 'L2')");
            act(c, "INSERT INTO films VALUES (1, [0.1, 0.2])");
            act(c, "FLUSH films");
            act(c, "ALTER COLLECTION films ADD COLUMN title VARCHAR(64) NULL");
            act(c, "ALTER INDEX v_idx ON films SET (mmap.enabled = true)");
            act(c, "INSERT INTO films (id, v, title) VALUES (2, [0.3, 0.4], 'Heat')");
        }
        try (Connection c = DriverManager.getConnection(url)) {
            act(c, "LOAD COLLECTION films");
            Rows rows = query(c, "SELECT id, title FROM films WHERE id > 0 LIMIT 10 "
                    + "WITH (consistency_level = 'Strong')");
            assertThat(rows.rows()).containsExactly(Arrays.asList(1L, null), List.of(2L, "Heat"));
            assertThat((String) query(c, "DESCRIBE INDEX v_idx ON films").get(0, "params")).contains("mmap.enabled");
        }
    }
}
