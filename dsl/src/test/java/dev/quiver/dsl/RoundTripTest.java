package dev.quiver.dsl;

import static dev.quiver.dsl.Filters.arrayContains;
import static dev.quiver.dsl.Filters.arrayLength;
import static dev.quiver.dsl.Filters.field;
import static dev.quiver.dsl.Filters.jsonContains;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.ast.*;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every statement family, the AST the DSL builds equals the parse of its own text, and the text is the one
 * expected (so a DSL that built the wrong statement consistently would still fail).
 */
class RoundTripTest {
    private static final Quiver Q = Quiver.detached();
    private static final float[] VECTOR = {0.1f, -0.2f, 0.3f, 1f};

    record Film(long id, String title, int year, float[] embedding) {
    }

    static Stream<Arguments> statements() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", 1);
        row.put("title", "It's \"quoted\"");
        row.put("vector", VECTOR);
        row.put("meta", Map.of("a", List.of(1, 2)));
        row.put("note", null);
        return Stream.of(
                // session and server
                of(Q.use("films_db"), "USE films_db"),
                of(Q.set("consistency_level", "Strong"), "SET consistency_level = \"Strong\""),
                of(Q.set("timeout", Duration.ofSeconds(30)), "SET timeout = \"30s\""),
                of(Q.reset("timeout"), "RESET timeout"),
                of(Q.showSettings(), "SHOW SETTINGS"),
                of(Q.showVersion(), "SHOW VERSION"),
                of(Q.showHealth(), "SHOW HEALTH"),
                of(Q.explain(Q.flush("films")), "EXPLAIN FLUSH films"),
                // databases
                of(Q.createDatabase("d1"), "CREATE DATABASE d1"),
                of(Q.createDatabase("d1").ifNotExists().property("database.replica.number", 1),
                        "CREATE DATABASE IF NOT EXISTS d1 WITH (database.replica.number = 1)"),
                of(Q.dropDatabase("d1").ifExists(), "DROP DATABASE IF EXISTS d1"),
                of(Q.alterDatabase("d1").set("database.max.collections", 10),
                        "ALTER DATABASE d1 SET (database.max.collections = 10)"),
                of(Q.showDatabases(), "SHOW DATABASES"),
                of(Q.describeDatabase("d1"), "DESCRIBE DATABASE d1"),
                // collections
                of(Q.createCollection("films", c -> {
                    c.int64("id").primaryKey().autoId();
                    c.varchar("title", 256).notNull().defaultValue("untitled").comment("the title");
                    c.int32("year").partitionKey();
                    c.varcharArray("tags", 32, 16).nullable();
                    c.array("scores", DataType.FLOAT, 4);
                    c.json("meta");
                    c.bool("seen");
                    c.float32("rating").defaultValue(2.5f);
                    c.float64("score");
                    c.timestamptz("released").nullable();
                    c.geometry("place");
                    c.floatVector("embedding", 768);
                }).description("Films").dynamicField(true).shards(1).consistencyLevel("Bounded"),
                        "CREATE COLLECTION films (id INT64 PRIMARY KEY AUTO_ID, title VARCHAR(256) NOT NULL"
                                + " DEFAULT \"untitled\" COMMENT 'the title', year INT32 PARTITION KEY,"
                                + " tags ARRAY<VARCHAR(32)>(16) NULL, scores ARRAY<FLOAT>(4), meta JSON, seen BOOL,"
                                + " rating FLOAT DEFAULT 2.5, score DOUBLE, released TIMESTAMPTZ NULL, place GEOMETRY,"
                                + " embedding FLOAT_VECTOR(768))"
                                + " WITH (description = \"Films\", dynamic_field = true, shards = 1,"
                                + " consistency_level = \"Bounded\")"),
                of(Q.createCollection("v").ifNotExists().columns(c -> {
                    c.column("pk", DataTypeSpec.varchar(64)).primaryKey();
                    c.int8("a");
                    c.int16("b");
                    c.binaryVector("bin", 16);
                    c.float16Vector("f16", 8);
                    c.bfloat16Vector("bf16", 8);
                    c.int8Vector("i8", 8);
                    c.sparseFloatVector("sparse");
                }), "CREATE COLLECTION IF NOT EXISTS v (pk VARCHAR(64) PRIMARY KEY, a INT8, b INT16,"
                        + " bin BINARY_VECTOR(16), f16 FLOAT16_VECTOR(8), bf16 BFLOAT16_VECTOR(8), i8 INT8_VECTOR(8),"
                        + " sparse SPARSE_FLOAT_VECTOR)"),
                of(Q.createCollection("docs", c -> {
                    c.int64("id").primaryKey();
                    c.varchar("text", 1000).analyzer("{\"type\": \"english\"}").match();
                    c.varchar("note", 100).analyzer();
                    c.sparseFloatVector("sparse");
                }).bm25Function("bm25", "text", "sparse"),
                        "CREATE COLLECTION docs (id INT64 PRIMARY KEY, text VARCHAR(1000) ANALYZER '{\"type\": \"english\"}'"
                                + " MATCH, note VARCHAR(100) ANALYZER, sparse SPARSE_FLOAT_VECTOR,"
                                + " FUNCTION bm25 BM25 (text) -> sparse)"),
                of(Q.search("docs").text("sparse", "moon and earth").limit(3),
                        "SELECT *, distance() FROM docs ORDER BY sparse @@ \"moon and earth\" LIMIT 3"),
                of(Q.createCollection("test_collection").dimension(5), "CREATE COLLECTION test_collection DIMENSION 5"),
                of(Q.createCollection("q").ifNotExists().dimension(8).metric(Metric.L2),
                        "CREATE COLLECTION IF NOT EXISTS q DIMENSION 8 METRIC L2"),
                of(Q.dropCollection("films"), "DROP COLLECTION films"),
                of(Q.dropCollection("films").ifExists(), "DROP COLLECTION IF EXISTS films"),
                of(Q.renameCollection("films", "movies"), "RENAME COLLECTION films TO movies"),
                of(Q.alterCollection("films").set("collection.ttl.seconds", 3600).set("mmap.enabled", true),
                        "ALTER COLLECTION films SET (collection.ttl.seconds = 3600, mmap.enabled = true)"),
                of(Q.createCollection("events", c -> {
                    c.int64("id").primaryKey();
                    c.varchar("tenant", 64).partitionKey(32);
                    c.int64("ts").clusteringKey();
                    c.floatVector("v", 4);
                }), "CREATE COLLECTION events (id INT64 PRIMARY KEY, tenant VARCHAR(64) PARTITION KEY WITH "
                        + "(num_partitions = 32), ts INT64 CLUSTERING KEY, v FLOAT_VECTOR(4))"),
                of(Q.alterCollection("films").drop("collection.ttl.seconds", "mmap.enabled"),
                        "ALTER COLLECTION films DROP PROPERTIES (collection.ttl.seconds, mmap.enabled)"),
                of(Q.addColumn("films", c -> c.int32("rating").nullable().defaultValue(5)),
                        "ALTER COLLECTION films ADD COLUMN rating INT32 NULL DEFAULT 5"),
                of(Q.alterColumn("films", "title").set("max_length", 512),
                        "ALTER COLLECTION films ALTER COLUMN title SET (max_length = 512)"),
                of(Q.alterColumn("films", "title").drop("mmap.enabled"),
                        "ALTER COLLECTION films ALTER COLUMN title DROP PROPERTIES (mmap.enabled)"),
                of(Q.alterIndex("films", "emb_idx").set("mmap.enabled", true),
                        "ALTER INDEX emb_idx ON films SET (mmap.enabled = true)"),
                of(Q.alterIndex("films", "emb_idx").drop("mmap.enabled"),
                        "ALTER INDEX emb_idx ON films DROP PROPERTIES (mmap.enabled)"),
                of(Q.truncateCollection("films"), "TRUNCATE COLLECTION films"),
                of(Q.describeCollection("films"), "DESCRIBE COLLECTION films"),
                of(Q.showCreateCollection("films"), "SHOW CREATE COLLECTION films"),
                of(Q.showCollections(), "SHOW COLLECTIONS"),
                of(Q.showCollections("fi%"), "SHOW COLLECTIONS LIKE 'fi%'"),
                of(Q.showStatistics("films"), "SHOW STATISTICS OF films"),
                of(Q.showStatistics("films", "p1"), "SHOW STATISTICS OF films PARTITION p1"),
                // partitions
                of(Q.createPartition("films", "p1"), "CREATE PARTITION p1 IN films"),
                of(Q.createPartition("films", "p1").ifNotExists(), "CREATE PARTITION IF NOT EXISTS p1 IN films"),
                of(Q.dropPartition("films", "p1").ifExists(), "DROP PARTITION IF EXISTS p1 FROM films"),
                of(Q.showPartitions("films"), "SHOW PARTITIONS FROM films"),
                // load and release
                of(Q.loadCollection("films"), "LOAD COLLECTION films"),
                of(Q.loadCollection("films").replicas(1).fields("id", "embedding").option("refresh", true).noWait(),
                        "LOAD COLLECTION films WITH (replicas = 1, fields = [\"id\", \"embedding\"], refresh = true) NOWAIT"),
                of(Q.loadPartitions("films", "p1"), "LOAD PARTITION p1 FROM films"),
                of(Q.loadPartitions("films", "p1", "p2").noWait(), "LOAD PARTITIONS p1, p2 FROM films NOWAIT"),
                of(Q.releaseCollection("films"), "RELEASE COLLECTION films"),
                of(Q.releasePartitions("films", "p1"), "RELEASE PARTITION p1 FROM films"),
                of(Q.releasePartitions("films", "p1", "p2"), "RELEASE PARTITIONS p1, p2 FROM films"),
                of(Q.loadState("films"), "SHOW LOAD STATE OF films"),
                of(Q.loadState("films", "p1", "p2"), "SHOW LOAD STATE OF films PARTITIONS p1, p2"),
                of(Q.loadingProgress("films", "p1"), "SHOW LOADING PROGRESS OF films PARTITION p1"),
                // flush and compaction
                of(Q.flush("films"), "FLUSH films"),
                of(Q.flush("films", "books").noWait(), "FLUSH films, books NOWAIT"),
                of(Q.flushPartition("films", "p1"), "FLUSH PARTITION p1 FROM films"),
                of(Q.flushPartition("films", "p1").noWait(), "FLUSH PARTITION p1 FROM films NOWAIT"),
                of(Q.flushAll(), "FLUSH ALL"),
                of(Q.flushAll().noWait(), "FLUSH ALL NOWAIT"),
                of(Q.flushState("films", 449_000_000_000_000_001L), "SHOW FLUSH STATE OF films AT 449000000000000001"),
                of(Q.flushAllState(42), "SHOW FLUSH ALL STATE AT 42"),
                of(Q.compact("films"), "COMPACT films"),
                of(Q.compactClustering("films"), "COMPACT films CLUSTERING"),
                of(Q.compactionState(7), "SHOW COMPACTION STATE 7"),
                of(Q.showSegments("films"), "SHOW SEGMENTS FROM films"),
                // indexes and aliases
                of(Q.createIndex("films", "embedding"), "CREATE INDEX ON films (embedding)"),
                of(Q.createIndex("films", "embedding").named("idx").ifNotExists().using("HNSW").metric(Metric.COSINE)
                                .param("M", 16).param("efConstruction", 200).noWait(),
                        "CREATE INDEX IF NOT EXISTS idx ON films (embedding) USING HNSW"
                                + " WITH (metric_type = \"COSINE\", M = 16, efConstruction = 200) NOWAIT"),
                of(Q.dropIndex("films", "idx"), "DROP INDEX idx ON films"),
                of(Q.showIndexes("films"), "SHOW INDEXES FROM films"),
                of(Q.describeIndex("films", "idx"), "DESCRIBE INDEX idx ON films"),
                of(Q.createAlias("movies", "films"), "CREATE ALIAS movies FOR films"),
                of(Q.alterAlias("movies", "films2"), "ALTER ALIAS movies FOR films2"),
                of(Q.dropAlias("movies"), "DROP ALIAS movies"),
                of(Q.showAliases(), "SHOW ALIASES"),
                of(Q.showAliases("films"), "SHOW ALIASES FOR films"),
                of(Q.describeAlias("movies"), "DESCRIBE ALIAS movies"),
                // writing data
                of(Q.insertInto("films").row(row),
                        "INSERT INTO films ROWS {\"id\": 1, \"title\": \"It's \\\"quoted\\\"\","
                                + " \"vector\": [0.1, -0.2, 0.3, 1.0], \"meta\": {\"a\": [1, 2]}, \"note\": NULL}"),
                of(Q.insertInto("films").partition("p1").record(new Film(7, "Heat", 1995, VECTOR)),
                        "INSERT INTO films PARTITION p1 ROWS {\"id\": 7, \"title\": \"Heat\", \"year\": 1995,"
                                + " \"embedding\": [0.1, -0.2, 0.3, 1.0]}"),
                of(Q.upsertInto("films").rows(List.of(new Film(1, "A", 2001, VECTOR), Map.of("id", 2))),
                        "UPSERT INTO films ROWS {\"id\": 1, \"title\": \"A\", \"year\": 2001,"
                                + " \"embedding\": [0.1, -0.2, 0.3, 1.0]}, {\"id\": 2}"),
                of(Q.insertInto("films").columns("id", "title", "tags").values(1, "a", List.of("x", "y"))
                                .values(2, null, List.of()),
                        "INSERT INTO films (id, title, tags) VALUES (1, \"a\", [\"x\", \"y\"]), (2, NULL, [])"),
                of(Q.insertInto("films").values(1L, true, 2.5, new long[] {1, 2}, new byte[] {0x0F, 0x3C}),
                        "INSERT INTO films VALUES (1, true, 2.5, [1, 2], x'0F3C')"),
                of(Q.deleteFrom("films").where(field("id").isIn(1, 2, 3)), "DELETE FROM films WHERE id IN [1, 2, 3]"),
                of(Q.deleteFrom("films").partition("p1").where(field("title").like("The %")),
                        "DELETE FROM films PARTITION p1 WHERE title LIKE \"The %\""),
                // reading data
                of(Q.selectFrom("films"), "SELECT * FROM films"),
                of(Q.selectFrom("films").select("id", "title").partitions("p1", "p2")
                                .where(field("year").gt(2000).and(field("genre").isIn("comedy", "drama")))
                                .limit(5).offset(10).consistencyLevel("Strong"),
                        "SELECT id, title FROM films PARTITIONS p1, p2 WHERE year > 2000 AND genre IN [\"comedy\","
                                + " \"drama\"] LIMIT 5 OFFSET 10 WITH (consistency_level = \"Strong\")"),
                of(Q.selectFrom("films").where(field("year").between(1990, 1999)).selectCount(),
                        "SELECT COUNT(*) FROM films WHERE 1990 <= year <= 1999"),
                of(Q.search("films").vector("embedding", VECTOR).using(Metric.COSINE)
                                .where(field("year").gt(2000)).limit(10).select("id", "title"),
                        "SELECT id, title, distance() FROM films WHERE year > 2000"
                                + " ORDER BY embedding <=> [0.1, -0.2, 0.3, 1.0] LIMIT 10"),
                of(Q.search("films").vector(VECTOR),
                        "SELECT *, distance() FROM films ORDER BY vector <=> [0.1, -0.2, 0.3, 1.0] LIMIT 10"),
                of(Q.search("films").vector("embedding", VECTOR).using(Metric.L2).partitions("p1")
                                .where(field("a").eq(1).and(field("b").eq(2)))
                                .distanceLessThan(0.8).distanceAtLeast(0.1).groupBy("genre").limit(3).offset(1)
                                .param("ef", 64).param("round_decimal", 4),
                        "SELECT *, distance() FROM films PARTITION p1 WHERE a == 1 AND b == 2 AND distance() < 0.8"
                                + " AND distance() >= 0.1 GROUP BY genre ORDER BY embedding <-> [0.1, -0.2, 0.3, 1.0]"
                                + " LIMIT 3 OFFSET 1 WITH (ef = 64, round_decimal = 4)"),
                // range search: radius / range_filter and BETWEEN follow the metric's direction
                of(Q.search("films").vector("embedding", VECTOR).using(Metric.COSINE).distanceGreaterThan(0.2)
                                .distanceAtMost(0.9).select("id"),
                        "SELECT id, distance() FROM films WHERE distance() > 0.2 AND distance() <= 0.9"
                                + " ORDER BY embedding <=> [0.1, -0.2, 0.3, 1.0] LIMIT 10"),
                of(Q.search("films").vector("embedding", VECTOR).rangeFilter(0.9).radius(0.2).using(Metric.IP)
                                .select("id"),
                        "SELECT id, distance() FROM films WHERE distance() <= 0.9 AND distance() > 0.2"
                                + " ORDER BY embedding <#> [0.1, -0.2, 0.3, 1.0] LIMIT 10"),
                of(Q.search("films").vector("embedding", VECTOR).using(Metric.L2).radius(1.5).rangeFilter(0.5)
                                .select("id"),
                        "SELECT id, distance() FROM films WHERE distance() < 1.5 AND distance() >= 0.5"
                                + " ORDER BY embedding <-> [0.1, -0.2, 0.3, 1.0] LIMIT 10"),
                of(Q.search("films").vector("embedding", VECTOR).using(Metric.L2).distanceBetween(0.5, 1.5)
                                .select("id"),
                        "SELECT id, distance() FROM films WHERE distance() >= 0.5 AND distance() < 1.5"
                                + " ORDER BY embedding <-> [0.1, -0.2, 0.3, 1.0] LIMIT 10"),
                of(Q.search("films").vector("embedding", VECTOR).distanceBetween(0.5, 0.75).using(Metric.COSINE)
                                .select("id"),
                        "SELECT id, distance() FROM films WHERE distance() > 0.5 AND distance() <= 0.75"
                                + " ORDER BY embedding <=> [0.1, -0.2, 0.3, 1.0] LIMIT 10"),
                of(Q.search("films").vectors("embedding", List.of(new float[] {1, 0}, new float[] {0, 1}))
                                .using(Metric.IP).limit(2).select("id"),
                        "SELECT id, distance() FROM films ORDER BY embedding <#> [[1.0, 0.0], [0.0, 1.0]] LIMIT 2"),
                of(Q.search("docs").sparseVector("sparse", Map.of(3L, 0.5f, 17L, 0.25f)).using(Metric.IP).select("id"),
                        "SELECT id, distance() FROM docs ORDER BY sparse <#> {3: 0.5, 17: 0.25} LIMIT 10"),
                of(Q.hybridSearch("docs").add(AnnSearch.vector("dense", new float[] {1, 0}))
                                .add(AnnSearch.sparseVector("sparse", Map.of(3L, 0.5f))).select("id"),
                        "SELECT id, distance() FROM docs ORDER BY RRF(dense <=> [1.0, 0.0], sparse <#> {3: 0.5})"
                                + " LIMIT 10"),
                of(Q.hybridSearch("docs").rrf(60).add(AnnSearch.vector("dense", new float[] {1, 0}).using(Metric.L2)
                                .where(field("year").gt(2000)).limit(20)).where(field("lang").eq("en"))
                                .groupBy("author").limit(5).offset(2).param("group_size", 2),
                        "SELECT *, distance() FROM docs WHERE lang == \"en\" GROUP BY author ORDER BY RRF(60,"
                                + " dense <-> [1.0, 0.0] WHERE year > 2000 LIMIT 20) LIMIT 5 OFFSET 2"
                                + " WITH (group_size = 2)"),
                of(Q.hybridSearch("docs").weighted(0.7, 1).add(AnnSearch.vector("dense", new float[] {1, 0}))
                                .add(AnnSearch.sparseVector("sparse", Map.of(3L, 0.5f))).param("norm_score", true)
                                .select("id"),
                        "SELECT id, distance() FROM docs ORDER BY WEIGHTED(0.7, 1, dense <=> [1.0, 0.0],"
                                + " sparse <#> {3: 0.5}) LIMIT 10 WITH (norm_score = true)"),
                of(Q.selectFrom("films").where(field("meta").key("a").index(0).eq("x")
                                .or(arrayContains("tags", "new")).or(jsonContains(field("meta").key("b"), 3))
                                .and(arrayLength("tags").ge(2)).and(field("id").mod(2).eq(0).not())
                                .and(field("note").isNull()).and(field("title").isNotNull())
                                .and(field("id").notIn(5L, 6L))),
                        "SELECT * FROM films WHERE (meta[\"a\"][0] == \"x\" OR array_contains(tags, \"new\")"
                                + " OR json_contains(meta[\"b\"], 3)) AND array_length(tags) >= 2"
                                + " AND NOT (id % 2 == 0) AND note IS NULL AND title IS NOT NULL"
                                + " AND id NOT IN [5, 6]"),
                // users and roles
                of(Q.createUser("ann", "s3cr'et"), "CREATE USER ann PASSWORD \"s3cr'et\""),
                of(Q.alterUserPassword("ann", "old", "new"), "ALTER USER ann PASSWORD \"new\" REPLACE \"old\""),
                of(Q.dropUser("ann"), "DROP USER ann"),
                of(Q.showUsers(), "SHOW USERS"),
                of(Q.createRole("reader"), "CREATE ROLE reader"),
                of(Q.dropRole("reader"), "DROP ROLE reader"),
                of(Q.grantRole("reader", "ann"), "GRANT ROLE reader TO ann"),
                of(Q.revokeRole("reader", "ann"), "REVOKE ROLE reader FROM ann"),
                of(Q.showRoles(), "SHOW ROLES"),
                of(Q.grant("Search", GrantObjectType.COLLECTION, "films", "reader"),
                        "GRANT Search ON COLLECTION films TO reader"),
                of(Q.revoke("All", GrantObjectType.GLOBAL, "*", "reader"), "REVOKE `All` ON GLOBAL * FROM reader"),
                of(Q.showGrants("reader"), "SHOW GRANTS FOR reader"),
                of(Q.statement(new ShowVersion()), "SHOW VERSION"),
                of(Q.selectFrom("select").select("order", "my field").where(field("in").eq(1).and(field("my field").gt(2))),
                        "SELECT `order`, `my field` FROM `select` WHERE `in` == 1 AND `my field` > 2"),
                of(Q.listing(new ShowUsers()), "SHOW USERS"));
    }

    @org.junit.jupiter.api.Test
    void distanceBetweenIsTheLanguagesBetween() {
        Statement parsed = new StatementParser().parse("SELECT id, distance() FROM films WHERE embedding"
                + " <-> [0.1, -0.2, 0.3, 1.0] BETWEEN 0.5 AND 1.5 ORDER BY embedding <-> [0.1, -0.2, 0.3, 1.0] LIMIT 10");
        assertThat(Q.search("films").vector("embedding", VECTOR).using(Metric.L2).distanceBetween(0.5, 1.5)
                .select("id").toAst()).isEqualTo(parsed);
    }

    private static Arguments of(Step<?> step, String text) {
        return Arguments.of(step, text);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("statements")
    void astEqualsParseOfItsText(Step<?> step, String expectedText) {
        Statement ast = step.toAst();

        assertThat(step.toString()).isEqualTo(expectedText);
        assertThat(new StatementParser().parse(step.toString())).isEqualTo(ast);
    }
}
