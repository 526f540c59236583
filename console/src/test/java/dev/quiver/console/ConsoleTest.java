package dev.quiver.console;

import static dev.quiver.console.testing.FakeDatabase.Col.number;
import static dev.quiver.console.testing.FakeDatabase.Col.text;
import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.FakeDatabase;
import dev.quiver.console.testing.TestEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console run in-process with captured streams against a scripted fake database. */
class ConsoleTest {
    @TempDir
    Path directory;

    private final FakeDatabase database = new FakeDatabase()
            .rows("SHOW VERSION", List.of(text("version")), new Object[] {"2.6.0"})
            .rows("SELECT id, color FROM films LIMIT 2", List.of(number("id"), text("color")),
                    new Object[] {0L, "pink_8682"}, new Object[] {1L, "red_7025"})
            .count("FLUSH films", 0)
            .count("INSERT INTO films VALUES (1, 'a')", 1)
            .fails("DROP COLLECTION nope", "collection not found[collection=nope]", "42M01")
            .fails("DROP COLLECTION\n  nope", "collection not found[collection=nope]", "42M01");

    private TestEnvironment environment() {
        return new TestEnvironment(database, directory);
    }

    private Path file(String name, String text) throws IOException {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void runsACommandAndPrintsATableWithARowCount() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db:19530", "-c", "SELECT id, color FROM films LIMIT 2;");
        assertThat(exit).isZero();
        assertThat(env.out()).isEqualTo("""
                +----+-----------+
                | id | color     |
                +----+-----------+
                |  0 | pink_8682 |
                |  1 | red_7025  |
                +----+-----------+
                (2 rows)

                """);
        assertThat(env.err()).isEmpty();
    }

    @Test
    void commandTagsFollowActions() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-c", "FLUSH films; INSERT INTO films VALUES (1, 'a')");
        assertThat(exit).isZero();
        assertThat(env.out()).isEqualTo("FLUSH 0\n\nINSERT 1\n\n");
    }

    @Test
    void machineFormatsPrintRowsOnly() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "--format", "csv", "-c",
                "SELECT id, color FROM films LIMIT 2; FLUSH films");
        assertThat(exit).isZero();
        assertThat(env.out()).isEqualTo("id,color\n0,pink_8682\n1,red_7025\n");
    }

    @Test
    void echoPrintsEachStatementBeforeItsResult() {
        TestEnvironment env = environment();
        Main.run(env, "jdbc:milvus://db", "--echo", "--format", "vertical", "-c", "SHOW VERSION");
        assertThat(env.out()).isEqualTo("SHOW VERSION;\n-[ RECORD 1 ]\nversion | 2.6.0\n(1 row)\n\n");
    }

    @Test
    void aFailedCommandExitsWithOneAndReportsWhere() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-c", "SHOW VERSION;  DROP COLLECTION nope; FLUSH films");
        assertThat(exit).isEqualTo(1);
        assertThat(env.err()).isEqualTo("-c:1:16: collection not found[collection=nope]\n");
        assertThat(database.executed()).containsExactly("SHOW VERSION", "DROP COLLECTION nope", "SHOW COLLECTIONS");
    }

    @Test
    void aFailedStatementInAFileReportsFileLineAndColumnAndStopsTheScript() throws IOException {
        file("scripts/setup.sql", """
                -- set up
                SHOW VERSION;

                  DROP COLLECTION nope;
                FLUSH films;
                """);
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-f", "scripts/setup.sql");
        assertThat(exit).isEqualTo(1);
        assertThat(env.err()).isEqualTo("scripts/setup.sql:4:3: collection not found[collection=nope]\n");
        assertThat(database.executed()).containsExactly("SHOW VERSION", "DROP COLLECTION nope", "SHOW COLLECTIONS");
    }

    @Test
    void aSyntaxErrorPositionIsTranslatedFromStatementToFileCoordinates() throws IOException {
        database.fails("SELECT id\n  FORM films", "line 2:3: mismatched input 'FORM'. Expecting: 'FROM', ','", "42601")
                .fails("FLUSH PARTITION p films", "line 1:19: mismatched input 'films'. Expecting: 'FROM'", "42601");
        file("bad.sql", "SHOW VERSION;\n   SELECT id\n  FORM films;\n\tFLUSH PARTITION p films;\n");
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "--on-error", "continue", "-f", "bad.sql");
        assertThat(exit).isEqualTo(1);
        assertThat(env.err()).isEqualTo("""
                bad.sql:3:3: mismatched input 'FORM'. Expecting: 'FROM', ','
                    FORM films
                    ^
                HINT: did you mean FROM?
                bad.sql:4:20: mismatched input 'films'. Expecting: 'FROM'
                  FLUSH PARTITION p films
                                    ^
                """);
    }

    @Test
    void onErrorContinueRunsEverythingButStillExitsWithOne() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "--on-error=CONTINUE", "-c",
                "DROP COLLECTION nope; SHOW VERSION; DROP COLLECTION nope");
        assertThat(exit).isEqualTo(1);
        assertThat(database.executed()).containsExactly("DROP COLLECTION nope", "SHOW COLLECTIONS", "SHOW VERSION",
                "DROP COLLECTION nope", "SHOW COLLECTIONS");
        assertThat(env.err()).isEqualTo("""
                -c:1:1: collection not found[collection=nope]
                -c:1:37: collection not found[collection=nope]
                """);
    }

    @Test
    void filesAndCommandsRunInCommandLineOrder() throws IOException {
        file("a.sql", "FLUSH films;");
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-c", "SHOW VERSION", "-f", "a.sql", "-c",
                "INSERT INTO films VALUES (1, 'a')");
        assertThat(exit).isZero();
        assertThat(database.executed()).containsExactly("SHOW VERSION", "FLUSH films",
                "INSERT INTO films VALUES (1, 'a')");
    }

    @Test
    void statementsOnStdinRunWhenItIsNotATerminal() {
        TestEnvironment env = environment().stdin("SHOW VERSION;\nDROP COLLECTION\n  nope;\nFLUSH films;\n");
        int exit = Main.run(env, "jdbc:milvus://db", "--format", "tsv");
        assertThat(exit).isEqualTo(1);
        assertThat(env.out()).isEqualTo("version\n2.6.0\n");
        assertThat(env.err()).isEqualTo("<stdin>:2:1: collection not found[collection=nope]\n");
    }

    @Test
    void includeRunsAFileRelativeToTheIncludingOne() throws IOException {
        file("sql/main.sql", "\\i part/two.sql\nSHOW VERSION;\n");
        file("sql/part/two.sql", "FLUSH films;\nDROP COLLECTION nope;\n");
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-f", "sql/main.sql");
        assertThat(exit).isEqualTo(1);
        assertThat(env.err()).isEqualTo("part/two.sql:2:1: collection not found[collection=nope]\n");
        assertThat(database.executed()).containsExactly("FLUSH films", "DROP COLLECTION nope", "SHOW COLLECTIONS");
    }

    @Test
    void includeOfAMissingFileIsAFailedStatement() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-c", "\\i missing.sql");
        assertThat(exit).isEqualTo(1);
        assertThat(env.err()).isEqualTo("-c:1:1: \\i: no such file: " + directory.resolve("missing.sql") + "\n");
    }

    @Test
    void variablesFromTheCommandLineAndFromSetAreSubstituted() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-v", "coll=films", "--format", "csv", "-c",
                "\\set n 2\nSELECT id, color FROM :coll LIMIT :n;\n\\echo limit was :n, table :'coll'\n\\set");
        assertThat(exit).isZero();
        assertThat(env.out()).isEqualTo(
                "id,color\n0,pink_8682\n1,red_7025\nlimit was 2, table 'films'\ncoll = 'films'\nn = '2'\n");
    }

    @Test
    void metaCommandsChangeTheFormat() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-c", "\\format json\nSHOW VERSION;\n\\x\nSHOW VERSION;\n\\x\n"
                + "\\format nonsense");
        assertThat(exit).isEqualTo(1);
        assertThat(env.out()).isEqualTo("""
                Output format is json.
                [
                  {"version":"2.6.0"}
                ]
                Vertical output is on.
                -[ RECORD 1 ]
                version | 2.6.0
                (1 row)

                Vertical output is off.
                """);
        assertThat(env.err()).isEqualTo("-c:6:1: \\format: unknown format 'nonsense'; expected one of: table, "
                + "vertical, csv, tsv, json, jsonl, markdown\n");
    }

    @Test
    void outputCanBeSentToAFile() throws IOException {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "--format", "csv", "-c",
                "\\o result.csv\nSHOW VERSION;\n\\o\n\\echo done");
        assertThat(exit).isZero();
        assertThat(Files.readString(directory.resolve("result.csv"))).isEqualTo("version\n2.6.0\n");
        assertThat(env.out()).isEqualTo("done\n");
    }

    @Test
    void quitStopsTheScriptWithTheCodeSoFar() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-c", "SHOW VERSION;\n\\q\nDROP COLLECTION nope;");
        assertThat(exit).isZero();
        assertThat(database.executed()).containsExactly("SHOW VERSION");
    }

    @Test
    void unknownMetaCommandsFail() {
        TestEnvironment env = environment();
        assertThat(Main.run(env, "jdbc:milvus://db", "-c", "\\frobnicate")).isEqualTo(1);
        assertThat(env.err()).isEqualTo("-c:1:1: \\frobnicate: unknown meta-command; \\help lists them\n");
    }

    @Test
    void helpPrintsTheSectionsOfATopic() {
        TestEnvironment env = environment();
        assertThat(Main.run(env, "jdbc:milvus://db", "-c", "\\help release")).isZero();
        assertThat(env.out()).isEqualTo("""
                RELEASE
                RELEASE COLLECTION c;
                RELEASE PARTITION[S] p [, q] FROM c;

                """);
    }

    @Test
    void usageErrorsExitWithTwo() {
        TestEnvironment env = environment();
        assertThat(Main.run(env, "--no-such-option")).isEqualTo(2);
        assertThat(env.err()).startsWith("quiver: Unknown option: '--no-such-option'\n"
                + "Try 'quiver --help' for more information.");
        TestEnvironment badFormat = environment();
        assertThat(Main.run(badFormat, "--format", "xml", "-c", "SHOW VERSION")).isEqualTo(2);
        assertThat(badFormat.err()).contains("unknown format 'xml'");
        TestEnvironment badPolicy = environment();
        assertThat(Main.run(badPolicy, "--on-error", "retry", "-c", "SHOW VERSION")).isEqualTo(2);
        assertThat(badPolicy.err()).isEqualTo("quiver: Invalid value for option '--on-error': unknown --on-error"
                + " value 'retry'; expected stop or continue\nTry 'quiver --help' for more information.\n");
        assertThat(badFormat.err()).doesNotContain("java.lang").doesNotContain("Exception");
    }

    @Test
    void aBarePasswordOptionPromptsForThePasswordNamingTheUser() {
        TestEnvironment env = environment().stdin("s3cret\nSHOW VERSION;\n");
        assertThat(Main.run(env, "jdbc:milvus://db", "--user", "alice", "--password", "--format", "csv")).isZero();
        assertThat(env.err()).isEqualTo("Password for user alice: ");
        assertThat(env.lastProperties()).containsEntry("password", "s3cret");
        assertThat(env.out()).isEqualTo("version\n2.6.0\n");

        TestEnvironment root = environment().stdin("Milvus\n");
        assertThat(Main.run(root, "jdbc:milvus://db", "--password", "-c", "SHOW VERSION")).isZero();
        assertThat(root.err()).isEqualTo("Password for user root: ");
        assertThat(root.lastProperties()).containsEntry("password", "Milvus");
    }

    @Test
    void versionPrintsTheVersionAndTheCommitItWasBuiltFrom() {
        TestEnvironment env = environment();
        assertThat(Main.run(env, "--version")).isZero();
        assertThat(env.out()).matches("quiver 0\\.\\d+\\.\\d+\\S* \\(commit ([0-9a-f]{12}|unknown)\\)\n");
    }

    @Test
    void catalogMetaCommandsRunTheStatementsTheyStandFor() {
        FakeDatabase catalog = new FakeDatabase()
                .rows("SHOW COLLECTIONS", List.of(text("collection")), new Object[] {"films"})
                .rows("SHOW COLLECTIONS LIKE 'fi%'", List.of(text("collection")), new Object[] {"films"})
                .rows("DESCRIBE COLLECTION films", List.of(text("field")), new Object[] {"id"})
                .rows("SHOW INDEXES FROM films", List.of(text("index")), new Object[] {"vector"})
                .rows("SHOW PARTITIONS FROM films", List.of(text("partition")), new Object[] {"_default"})
                .rows("SHOW INDEXES FROM `my films`", List.of(text("index")), new Object[] {"v"})
                .rows("SHOW DATABASES", List.of(text("database")), new Object[] {"default"});
        TestEnvironment env = new TestEnvironment(catalog, directory);
        assertThat(Main.run(env, "jdbc:milvus://db", "--format", "csv", "-c",
                "\\d\n\\d films\n\\dt\n\\dt fi*\n\\dp films\n\\di my films\n\\l\n")).as(env.err()).isOne();
        assertThat(catalog.executed()).containsExactly("SHOW COLLECTIONS", "DESCRIBE COLLECTION films",
                "SHOW INDEXES FROM films", "SHOW PARTITIONS FROM films", "SHOW COLLECTIONS", "SHOW COLLECTIONS LIKE 'fi%'",
                "SHOW PARTITIONS FROM films");
        assertThat(env.err()).isEqualTo("-c:6:1: \\di: expected one collection name: \\di COLLECTION\n");

        TestEnvironment quoted = new TestEnvironment(catalog, directory);
        assertThat(Main.run(quoted, "jdbc:milvus://db", "--format", "csv", "-c", "\\di `my films`\n\\l\n\\dp"))
                .isOne();
        assertThat(quoted.out()).isEqualTo("index\nv\ndatabase\ndefault\n");
        assertThat(quoted.err()).isEqualTo("-c:3:1: \\dp: missing collection name: \\dp COLLECTION lists its partitions\n");
    }

    @Test
    void aUrlThatIsNoMilvusUrlIsAUsageError() {
        TestEnvironment env = environment();
        assertThat(Main.run(env, "jdbc:postgresql://x/y", "-c", "SHOW VERSION")).isEqualTo(2);
        assertThat(env.err()).startsWith("quiver: not a Milvus URL: 'jdbc:postgresql://x/y'");
    }

    @Test
    void aConnectionFailureExitsWithTwo() {
        TestEnvironment env = environment();
        assertThat(Main.run(env, "unreachable:19530", "-c", "SHOW VERSION")).isEqualTo(2);
        assertThat(env.err()).isEqualTo("quiver: cannot connect to jdbc:milvus://unreachable:19530: "
                + "connection refused: jdbc:milvus://unreachable:19530\n");
    }

    @Test
    void withoutAUrlTheEmbeddedEngineInMemoryIsUsedAndSaysSo() {
        TestEnvironment env = environment();
        assertThat(Main.run(env, "-c", "SHOW VERSION")).isZero();
        assertThat(env.lastUrl()).isEqualTo("jdbc:milvus:mem:");
        assertThat(env.err()).isEqualTo("Using the embedded engine in memory (jdbc:milvus:mem:): data is gone on "
                + "exit; to keep it, run quiver jdbc:milvus:file:DIR.\n");
        TestEnvironment quiet = environment();
        assertThat(Main.run(quiet, "--no-banner", "-c", "SHOW VERSION")).isZero();
        assertThat(quiet.err()).isEmpty();
    }

    @Test
    void environmentVariablesAreFallbacksForUrlAndToken() {
        TestEnvironment milvus = environment().variable("MILVUS_URI", "http://milvus:19530")
                .variable("MILVUS_TOKEN", "root:Milvus");
        assertThat(Main.run(milvus, "-c", "SHOW VERSION")).isZero();
        assertThat(milvus.lastUrl()).isEqualTo("jdbc:milvus://milvus:19530");
        assertThat(milvus.lastProperties()).containsEntry("token", "root:Milvus");

        TestEnvironment quiver = environment().variable("QUIVER_URL", "jdbc:milvus:file:data")
                .variable("MILVUS_URI", "http://milvus:19530");
        assertThat(Main.run(quiver, "--user", "alice", "--password=secret", "--database", "books", "--token", "t",
                "-c", "SHOW VERSION")).isZero();
        assertThat(quiver.lastUrl()).isEqualTo("jdbc:milvus:file:data");
        assertThat(quiver.lastProperties()).containsEntry("user", "alice").containsEntry("password", "secret")
                .containsEntry("database", "books").containsEntry("token", "t");
    }

    @Test
    void connectSwitchesTheConnection() {
        TestEnvironment env = environment();
        int exit = Main.run(env, "jdbc:milvus://db", "-c", "\\connect other:19531\nSHOW VERSION;");
        assertThat(exit).isZero();
        assertThat(env.lastUrl()).isEqualTo("jdbc:milvus://other:19531");
        assertThat(env.out()).startsWith("Connected to jdbc:milvus://other:19531.\n");
        assertThat(database.connectionsOpened()).isEqualTo(2);
        assertThat(database.connectionsClosed()).isEqualTo(2);
    }
}
