package dev.quiver.grammar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.ast.*;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.BinaryLiteral;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.DecimalArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.In;
import dev.quiver.grammar.expr.IntegerArrayLiteral;
import dev.quiver.grammar.expr.Literal;
import dev.quiver.grammar.expr.ObjectLiteral;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.grammar.expr.SparseVectorLiteral;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Field-by-field checks of the ASTs of key statements (a round trip alone could hide a dropped clause). */
class StatementParserTest {
    private final StatementParser parser = new StatementParser();

    @Test
    void seedStatements() {
        assertThat(parser.parse("FLUSH test_collection")).isEqualTo(new Flush(List.of("test_collection"), false));
        assertThat(parser.parse("FLUSH PARTITION partition_A FROM test_collection"))
                .isEqualTo(new FlushPartition("test_collection", "partition_A", false));
        assertThat(parser.parse("FLUSH ALL")).isEqualTo(new FlushAll(false));
        assertThat(parser.parse("RELEASE PARTITION partition_A FROM test_collection"))
                .isEqualTo(new ReleasePartitions("test_collection", List.of("partition_A")));
        assertThat(parser.parse("RELEASE PARTITIONS p, q FROM test_collection"))
                .isEqualTo(new ReleasePartitions("test_collection", List.of("p", "q")));
        assertThat(parser.parse("SHOW LOAD STATE OF test_collection PARTITION partition_A"))
                .isEqualTo(new ShowLoadState("test_collection", List.of("partition_A")));
    }

    @Test
    void createCollectionWithEveryColumnOption() {
        CreateCollection create = (CreateCollection) parser.parse("""
                CREATE COLLECTION IF NOT EXISTS films (
                    id INT64 PRIMARY KEY AUTO_ID,
                    title VARCHAR(256) NOT NULL DEFAULT 'x' COMMENT 'the title',
                    year INT32 PARTITION KEY,
                    tags ARRAY<VARCHAR(32)>(16),
                    meta JSON NULL,
                    embedding FLOAT_VECTOR(768),
                    sparse SPARSE_FLOAT_VECTOR
                ) WITH (description = 'films', dynamic_field = true, shards = 1, mmap.enabled = false)""");
        assertThat(create.name()).isEqualTo("films");
        assertThat(create.ifNotExists()).isTrue();
        assertThat(create.columns()).containsExactly(
                new ColumnDefinition("id", DataTypeSpec.of(DataType.INT64), true, true, null, null, null, false),
                new ColumnDefinition("title", DataTypeSpec.varchar(256), false, false, false, Literal.of("x"),
                        "the title", false),
                new ColumnDefinition("year", DataTypeSpec.of(DataType.INT32), false, false, null, null, null, true),
                ColumnDefinition.of("tags", DataTypeSpec.array(DataTypeSpec.varchar(32), 16)),
                new ColumnDefinition("meta", DataTypeSpec.of(DataType.JSON), false, false, true, null, null, false),
                ColumnDefinition.of("embedding", DataTypeSpec.vector(DataType.FLOAT_VECTOR, 768)),
                ColumnDefinition.of("sparse", DataTypeSpec.of(DataType.SPARSE_FLOAT_VECTOR)));
        assertThat(create.properties()).containsExactly(
                new Property("description", Literal.of("films")),
                new Property("dynamic_field", Literal.of(true)),
                new Property("shards", Literal.of(1)),
                new Property("mmap.enabled", Literal.of(false)));
    }

    @Test
    void aChainedRangeOnAnExpressionIsItsTwoComparisonsSoThatItRoundTrips() {
        String text = "SELECT id FROM c WHERE a < -:q < 1.5 LIMIT 10";
        Statement parsed = parser.parse(text);
        assertThat(((Query) parsed).filter()).isInstanceOf(And.class);
        assertThat(parser.parse(StatementFormatter.format(parsed))).isEqualTo(parsed);
        assertThat(((Query) parser.parse("SELECT id FROM c WHERE 1 < a < 5 LIMIT 10")).filter())
                .isInstanceOf(dev.quiver.grammar.expr.Range.class);
    }

    @Test
    void schemaEvolutionStatements() {
        assertThat(parser.parse("ALTER COLLECTION c DROP PROPERTIES (collection.ttl.seconds, 'a b')"))
                .isEqualTo(new AlterCollection("c", List.of(), List.of("collection.ttl.seconds", "a b")));
        assertThat(parser.parse("ALTER COLLECTION c ADD COLUMN n INT32 NULL DEFAULT 5"))
                .isEqualTo(new AddColumn("c", new ColumnDefinition("n", new DataTypeSpec(DataType.INT32, null, null,
                        null, null), false, false, true, Literal.of(5), null, false)));
        assertThat(parser.parse("ALTER COLLECTION c ALTER COLUMN t SET (max_length = 8)"))
                .isEqualTo(new AlterColumn("c", "t", List.of(new Property("max_length", Literal.of(8))), List.of()));
        assertThat(parser.parse("ALTER COLLECTION c ALTER COLUMN t DROP PROPERTIES (mmap.enabled)"))
                .isEqualTo(new AlterColumn("c", "t", List.of(), List.of("mmap.enabled")));
        assertThat(parser.parse("ALTER INDEX i ON c SET (mmap.enabled = true)"))
                .isEqualTo(new AlterIndex("i", "c", List.of(new Property("mmap.enabled", Literal.of(true))),
                        List.of()));
        assertThat(parser.parse("ALTER INDEX i ON c DROP PROPERTIES (warmup)"))
                .isEqualTo(new AlterIndex("i", "c", List.of(), List.of("warmup")));
    }

    @Test
    void quickCreate() {
        assertThat(parser.parse("CREATE COLLECTION test_collection DIMENSION 5"))
                .isEqualTo(new CreateCollectionQuick("test_collection", false, 5, null, List.of()));
        assertThat(parser.parse("create table if not exists q dimension 8 metric ip with (x = 1)"))
                .isEqualTo(new CreateCollectionQuick("q", true, 8, Metric.IP, List.of(new Property("x", Literal.of(1)))));
    }

    @Test
    void betweenOnADistanceIsMilvussRangeInTheMetricsDirection() {
        Search l2 = (Search) parser.parse(
                "SELECT id FROM c WHERE v <-> [1, 0] BETWEEN 0.2 AND 0.9 AND tag = 1 ORDER BY v <-> [1, 0] LIMIT 5");
        assertThat(l2.distanceBounds()).containsExactly(
                new DistanceBound(ComparisonOperator.GREATER_OR_EQUAL, Literal.of(0.2)),
                new DistanceBound(ComparisonOperator.LESS, Literal.of(0.9)));
        assertThat(l2.filter()).isEqualTo(new Comparison(FieldRef.of("tag"), ComparisonOperator.EQUAL, Literal.of(1)));
        Search cosine = (Search) parser.parse(
                "SELECT id FROM c WHERE distance() BETWEEN 0.2 AND 0.9 ORDER BY v <=> [1, 0] LIMIT 5");
        assertThat(cosine.distanceBounds()).containsExactly(
                new DistanceBound(ComparisonOperator.GREATER, Literal.of(0.2)),
                new DistanceBound(ComparisonOperator.LESS_OR_EQUAL, Literal.of(0.9)));
        Search hamming = (Search) parser.parse(
                "SELECT id FROM c WHERE b <~> [1, 0] BETWEEN 2 AND 9 ORDER BY b <~> [1, 0] LIMIT 5");
        assertThat(hamming.distanceBounds()).containsExactly(
                new DistanceBound(ComparisonOperator.GREATER_OR_EQUAL, Literal.of(2)),
                new DistanceBound(ComparisonOperator.LESS, Literal.of(9)));
    }

    @Test
    void vectorSearchWithEveryClause() {
        Timed timed = (Timed) parser.parse("""
                SELECT id, title, distance() FROM films PARTITION p1, p2
                WHERE year > 2000 AND embedding <-> [0.5, 0.25] < 0.8 AND distance() >= 0.1
                GROUP BY year ORDER BY embedding <-> [0.5, 0.25] LIMIT 10 OFFSET 5
                WITH (ef = 64, round_decimal = 4) TIMEOUT 30s""");
        assertThat(timed.timeout()).isEqualTo(Duration.ofSeconds(30));
        Search search = (Search) timed.statement();
        assertThat(search.items()).containsExactly(new SelectItem.Column("id"), new SelectItem.Column("title"),
                new SelectItem.Distance());
        assertThat(search.collection()).isEqualTo("films");
        assertThat(search.partitions()).containsExactly("p1", "p2");
        assertThat(search.filter()).isEqualTo(
                new Comparison(FieldRef.of("year"), ComparisonOperator.GREATER, Literal.of(2000)));
        assertThat(search.distanceBounds()).containsExactly(
                new DistanceBound(ComparisonOperator.LESS, Literal.of(0.8)),
                new DistanceBound(ComparisonOperator.GREATER_OR_EQUAL, Literal.of(0.1)));
        assertThat(search.groupBy()).isEqualTo("year");
        assertThat(search.orderBy()).isEqualTo(
                new VectorOrder("embedding", Metric.L2, new DecimalArrayLiteral(new double[] {0.5, 0.25})));
        assertThat(search.orderBy().isMultiVector()).isFalse();
        assertThat(search.limit()).isEqualTo(Literal.of(10));
        assertThat(search.offset()).isEqualTo(Literal.of(5));
        assertThat(search.properties()).containsExactly(new Property("ef", Literal.of(64)),
                new Property("round_decimal", Literal.of(4)));
    }

    @ParameterizedTest
    @CsvSource({"<->, L2", "<#>, IP", "<=>, COSINE", "<~>, HAMMING", "<%>, JACCARD"})
    void distanceOperatorsPickTheMetric(String operator, Metric metric) {
        Search search = (Search) parser.parse("SELECT id FROM c ORDER BY v " + operator + " [1, 0] LIMIT 1");
        assertThat(search.orderBy().metric()).isEqualTo(metric);
        assertThat(metric.getOperator()).isEqualTo(operator);
    }

    @Test
    void multiVectorSearch() {
        Search search = (Search) parser.parse("SELECT id FROM c ORDER BY v <=> [[0.5, 1], [2, 3]] LIMIT 3");
        assertThat(search.orderBy().isMultiVector()).isTrue();
        assertThat(search.orderBy().queryVectors()).containsExactly(
                new DecimalArrayLiteral(new double[] {0.5, 1}), new IntegerArrayLiteral(new long[] {2, 3}));
    }

    @Test
    void queryWithoutOrderIsAQuery() {
        Query query = (Query) parser.parse(
                "SELECT COUNT(*) FROM films PARTITION p WHERE id IN (1, 2) LIMIT 5 OFFSET 2 WITH (consistency_level = Strong)");
        assertThat(query.items()).containsExactly(new SelectItem.CountAll());
        assertThat(query.partitions()).containsExactly("p");
        assertThat(query.filter()).isEqualTo(new In(FieldRef.of("id"), new IntegerArrayLiteral(new long[] {1, 2}), false));
        assertThat(query.limit()).isEqualTo(Literal.of(5));
        assertThat(query.offset()).isEqualTo(Literal.of(2));
        assertThat(query.properties()).containsExactly(new Property("consistency_level", Literal.of("Strong")));
    }

    @Test
    void insertValuesAndRows() {
        Insert insert = (Insert) parser.parse(
                "INSERT INTO films PARTITION p (id, v, s, b, m) VALUES (1, [0.5, 1.5], {2: 0.5}, x'0F3C', {\"a\": [1, 2]}), (-2, ?, ?, NULL, :m)");
        assertThat(insert.collection()).isEqualTo("films");
        assertThat(insert.partition()).isEqualTo("p");
        assertThat(insert.upsert()).isFalse();
        InsertSource.Values values = (InsertSource.Values) insert.source();
        assertThat(values.columns()).containsExactly("id", "v", "s", "b", "m");
        assertThat(values.rows()).containsExactly(
                List.of(Literal.of(1), new DecimalArrayLiteral(new double[] {0.5, 1.5}),
                        new SparseVectorLiteral(new long[] {2}, new float[] {0.5f}),
                        new BinaryLiteral(new byte[] {0x0F, 0x3C}),
                        new ObjectLiteral(List.of(new ObjectLiteral.Entry("a", new IntegerArrayLiteral(new long[] {1, 2}))))),
                List.of(Literal.of(-2), new Parameter.Positional(1), new Parameter.Positional(2),
                        new Literal.NullLiteral(), new Parameter.Named("m")));

        Insert upsert = (Insert) parser.parse("UPSERT INTO c ROWS {\"id\": 1, \"ok\":true}, ?");
        assertThat(upsert.upsert()).isTrue();
        assertThat(upsert.partition()).isNull();
        assertThat(((InsertSource.Rows) upsert.source()).rows()).containsExactly(
                new ObjectLiteral(List.of(new ObjectLiteral.Entry("id", Literal.of(1)),
                        new ObjectLiteral.Entry("ok", Literal.of(true)))),
                new Parameter.Positional(1));
    }

    @Test
    void deleteAndFilters() {
        Delete delete = (Delete) parser.parse("DELETE FROM c PARTITION p WHERE a = 1 AND b <> 'x'");
        assertThat(delete.partition()).isEqualTo("p");
        assertThat(delete.filter()).isEqualTo(new And(
                new Comparison(FieldRef.of("a"), ComparisonOperator.EQUAL, Literal.of(1)),
                new Comparison(FieldRef.of("b"), ComparisonOperator.NOT_EQUAL, Literal.of("x"))));
    }

    @Test
    void indexAliasAndSecurityStatements() {
        assertThat(parser.parse("CREATE INDEX IF NOT EXISTS idx ON c (v) USING HNSW WITH (M = 16) NOWAIT"))
                .isEqualTo(new CreateIndex("idx", "c", "v", true, "HNSW", List.of(new Property("M", Literal.of(16))), true));
        assertThat(parser.parse("CREATE INDEX ON c (v)"))
                .isEqualTo(new CreateIndex(null, "c", "v", false, null, List.of(), false));
        assertThat(parser.parse("ALTER ALIAS a FOR c2")).isEqualTo(new AlterAlias("a", "c2"));
        assertThat(parser.parse("SHOW ALIASES")).isEqualTo(new ShowAliases(null));
        assertThat(parser.parse("GRANT Search ON TABLE * TO r"))
                .isEqualTo(new GrantPrivilege("Search", GrantObjectType.COLLECTION, "*", "r"));
        assertThat(parser.parse("REVOKE ROLE r FROM u")).isEqualTo(new RevokeRole("r", "u"));
        assertThat(parser.parse("ALTER USER u PASSWORD 'new' REPLACE 'old'"))
                .isEqualTo(new AlterUser("u", Literal.of("new"), Literal.of("old")));
    }

    @Test
    void passwordsNeverAppearInToString() {
        assertThat(parser.parse("CREATE USER u PASSWORD 'hunter2'").toString()).doesNotContain("hunter2");
        assertThat(parser.parse("ALTER USER u PASSWORD 'hunter2' REPLACE 'old1'").toString())
                .doesNotContain("hunter2").doesNotContain("old1");
    }

    @Test
    void explainAndTimeout() {
        assertThat(parser.parse("EXPLAIN LOAD COLLECTION c TIMEOUT 500ms"))
                .isEqualTo(new Timed(new Explain(new LoadCollection("c", List.of(), false)), Duration.ofMillis(500)));
        assertThat(parser.parse("FLUSH ALL NOWAIT TIMEOUT 1h"))
                .isEqualTo(new Timed(new FlushAll(true), Duration.ofHours(1)));
        assertThat(parser.parse("release collection c timeout 5M"))
                .isEqualTo(new Timed(new ReleaseCollection("c"), Duration.ofMinutes(5)));
    }

    @Test
    void sessionStatements() {
        assertThat(parser.parse("USE DATABASE db")).isEqualTo(new Use("db"));
        assertThat(parser.parse("SET Timeout = 30s")).isEqualTo(new SetSetting("timeout", Literal.of("30s")));
        assertThat(parser.parse("SET consistency_level = 'Strong'"))
                .isEqualTo(new SetSetting("consistency_level", Literal.of("Strong")));
        assertThat(parser.parse("RESET load_wait")).isEqualTo(new ResetSetting("load_wait"));
    }

    @Test
    void positionalParametersAreNumberedInTextOrder() {
        Search search = (Search) parser.parse(
                "SELECT id FROM c WHERE a = ? AND distance() < ? AND b IN ? ORDER BY v <-> ? LIMIT ? OFFSET ?");
        assertThat(search.filter()).isEqualTo(new And(
                new Comparison(FieldRef.of("a"), ComparisonOperator.EQUAL, new Parameter.Positional(1)),
                new In(FieldRef.of("b"), new Parameter.Positional(3), false)));
        assertThat(search.distanceBounds())
                .containsExactly(new DistanceBound(ComparisonOperator.LESS, new Parameter.Positional(2)));
        assertThat(search.orderBy().vector()).isEqualTo(new Parameter.Positional(4));
        assertThat(search.limit()).isEqualTo(new Parameter.Positional(5));
        assertThat(search.offset()).isEqualTo(new Parameter.Positional(6));
    }

    @Test
    void parameterNumberingRestartsForEachStatementOfAScript() {
        List<Statement> statements = parser.parseScript("DELETE FROM c WHERE id = ?; DELETE FROM d WHERE a = ? OR b = ?");
        assertThat(statements).containsExactly(
                new Delete("c", null, new Comparison(FieldRef.of("id"), ComparisonOperator.EQUAL, new Parameter.Positional(1))),
                new Delete("d", null, new dev.quiver.grammar.expr.Or(
                        new Comparison(FieldRef.of("a"), ComparisonOperator.EQUAL, new Parameter.Positional(1)),
                        new Comparison(FieldRef.of("b"), ComparisonOperator.EQUAL, new Parameter.Positional(2)))));
    }

    @Test
    void tableIsASynonymOfCollection() {
        assertThat(parser.parse("DROP TABLE IF EXISTS t")).isEqualTo(parser.parse("DROP COLLECTION IF EXISTS t"));
        assertThat(parser.parse("CREATE TABLE t (id INT64 PRIMARY KEY)"))
                .isEqualTo(parser.parse("CREATE COLLECTION t (id INT64 PRIMARY KEY)"));
        assertThat(parser.parse("SHOW TABLES")).isEqualTo(new ShowCollections(null));
        assertThat(StatementFormatter.format(parser.parse("truncate table t"))).isEqualTo("TRUNCATE COLLECTION t");
    }

    @Test
    void partitionPrepositionsAreInterchangeable() {
        for (String preposition : List.of("IN", "ON", "FROM")) {
            assertThat(parser.parse("CREATE PARTITION p " + preposition + " c")).isEqualTo(new CreatePartition("c", "p", false));
            assertThat(parser.parse("DROP PARTITION p " + preposition + " c")).isEqualTo(new DropPartition("c", "p", false));
            assertThat(parser.parse("LOAD PARTITION p " + preposition + " c"))
                    .isEqualTo(new LoadPartitions("c", List.of("p"), List.of(), false));
        }
        assertThat(StatementFormatter.format(parser.parse("CREATE PARTITION p FROM c"))).isEqualTo("CREATE PARTITION p IN c");
        assertThat(StatementFormatter.format(parser.parse("DROP PARTITION p ON c"))).isEqualTo("DROP PARTITION p FROM c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"load", "partition", "collection", "flush", "release", "select", "where", "limit",
        "timeout", "table", "index", "user", "role", "distance", "count"})
    void nonReservedKeywordsAreIdentifiers(String word) {
        assertThat(parser.parse("DROP COLLECTION " + word)).isEqualTo(new DropCollection(word, false));
        assertThat(parser.parse("SELECT " + word + " FROM " + word + " WHERE " + word + " > 1"))
                .isEqualTo(new Query(List.of(new SelectItem.Column(word)), word, List.of(),
                        new Comparison(FieldRef.of(word), ComparisonOperator.GREATER, Literal.of(1)), null, null, List.of()));
        assertThat(StatementFormatter.format(new DropCollection(word, false)))
                .isEqualTo("DROP COLLECTION `" + word + "`");
    }

    @ParameterizedTest
    @ValueSource(strings = {"and", "or", "not", "in", "like", "is", "null", "true", "false", "between"})
    void reservedWordsNeedBackticks(String word) {
        assertThatThrownBy(() -> parser.parse("DROP COLLECTION " + word)).isInstanceOf(ParsingException.class);
        assertThat(parser.parse("DROP COLLECTION `" + word + "`")).isEqualTo(new DropCollection(word, false));
    }

    @Test
    void ambiguousKeywordNamesPreferTheStatementForm() {
        assertThat(parser.parse("FLUSH ALL")).isEqualTo(new FlushAll(false));
        assertThat(parser.parse("FLUSH `all`")).isEqualTo(new Flush(List.of("all"), false));
        assertThat(parser.parse("FLUSH partition")).isEqualTo(new Flush(List.of("partition"), false));
        assertThat(parser.parse("DESCRIBE database")).isEqualTo(new DescribeCollection("database"));
    }

    @Test
    void keywordsAreCaseInsensitiveNamesAreNot() {
        assertThat(parser.parse("sHoW lOaD sTaTe Of MyColl pArTiTiOn P1"))
                .isEqualTo(new ShowLoadState("MyColl", List.of("P1")));
        assertThat(parser.parse("select * from C where X == TRUE"))
                .isEqualTo(new Query(List.of(new SelectItem.AllColumns()), "C", List.of(),
                        new Comparison(FieldRef.of("X"), ComparisonOperator.EQUAL, Literal.of(true)), null, null, List.of()));
    }

    @Test
    void backtickIdentifiersAndComments() {
        assertThat(parser.parse("/* lead */ DROP COLLECTION `my ``odd`` name` -- trailing"))
                .isEqualTo(new DropCollection("my `odd` name", false));
    }

    @Test
    void stringEscapes() {
        Query query = (Query) parser.parse("SELECT * FROM c WHERE a IN ['it''s', \"say \"\"hi\"\"\", 'tab\\there', 'a\\%', '\\u0041']");
        assertThat(((In) query.filter()).list()).isEqualTo(new dev.quiver.grammar.expr.ArrayLiteral(List.of(
                Literal.of("it's"), Literal.of("say \"hi\""), Literal.of("tab\there"), Literal.of("a\\%"), Literal.of("A"))));
    }

    @Test
    void sqlAndMilvusSpellingsGiveTheSameFilter() {
        assertThat(parser.parseExpression("a = 1 AND b <> 'x' AND c IN (1, 2) AND d BETWEEN 1 AND 5 AND NOT e"))
                .isEqualTo(parser.parseExpression("a == 1 && b != \"x\" && c in [1, 2] && 1 <= d <= 5 && !e"));
        assertThat(parser.parseExpression("a = 1 OR b = 2")).isEqualTo(parser.parseExpression("a == 1 || b == 2"));
    }

    @Test
    void syntaxErrorCarriesItsParts() {
        ParsingException error = org.junit.jupiter.api.Assertions.assertThrows(ParsingException.class,
                () -> parser.parse("RELEASE PARTITION partition_A test_collection"));
        assertThat(error.getLine()).isEqualTo(1);
        assertThat(error.getColumn()).isEqualTo(31);
        assertThat(error.getOffendingToken()).isEqualTo("test_collection");
        assertThat(error.getExpected()).containsExactly("'FROM'", "','");
        assertThat(error.getDescription()).isEqualTo("mismatched input 'test_collection'. Expecting: 'FROM', ','");
    }

    @Test
    void errorsInLaterLinesReportTheirLine() {
        assertThatThrownBy(() -> parser.parse("SELECT *\nFROM c\nWHERE a = = 1"))
                .hasMessage("line 3:11: mismatched input '='. Expecting: <expression>");
        assertThatThrownBy(() -> parser.parseScript("FLUSH a;\nFLUSH b;\nRELEASE PARTITION p c;"))
                .hasMessage("line 3:21: mismatched input 'c'. Expecting: 'FROM', ','");
    }

    @Test
    void emptyScriptHasNoStatements() {
        assertThat(parser.parseScript("  -- nothing\n ; ;")).isEmpty();
    }

    @Test
    void parseExpressionRejectsDistanceConditions() {
        assertThatThrownBy(() -> parser.parseExpression("v <-> [1, 2] < 0.5"))
                .isInstanceOf(ParsingException.class)
                .hasMessageStartingWith("line 1:3: a distance condition is only allowed");
    }

    @Test
    void parserIsReusableAcrossThreads() throws Exception {
        List<Thread> threads = new java.util.ArrayList<>();
        java.util.concurrent.ConcurrentLinkedQueue<Throwable> failures = new java.util.concurrent.ConcurrentLinkedQueue<>();
        for (int t = 0; t < 4; t++) {
            int offset = t;
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    try {
                        Expression expected = Literal.of((long) (i + offset));
                        Delete delete = (Delete) parser.parse("DELETE FROM c WHERE id = " + (i + offset));
                        assertThat(((Comparison) delete.filter()).right()).isEqualTo(expected);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failures).isEmpty();
    }
}
