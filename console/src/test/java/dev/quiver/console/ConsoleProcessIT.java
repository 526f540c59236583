package dev.quiver.console;

import static org.assertj.core.api.Assertions.assertThat;

import dev.quiver.console.testing.ConsoleProcess;
import dev.quiver.console.testing.ConsoleProcess.Result;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console as a child process on the embedded engine: exit codes and output a CI job sees. */
class ConsoleProcessIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path directory;

    @Test
    void aSuccessfulScriptExitsWithZero() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "--format", "csv", "-c",
                "CREATE COLLECTION c DIMENSION 2; INSERT INTO c VALUES (1, [0.5, 0.25]); SELECT id, vector FROM c");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("id,vector\n1,\"[0.5, 0.25]\"\n");
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void describeCollectionShowsTheWholeCollection() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "-c", """
                CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(20) COMMENT 'the title',
                    embedding FLOAT_VECTOR(2)) WITH (dynamic_field = true, consistency_level = 'Strong',
                    'collection.ttl.seconds' = 86400);
                CREATE PARTITION p2024 IN films;
                CREATE INDEX embedding_idx ON films (embedding) USING HNSW WITH (metric_type = 'COSINE', M = 8,
                    efConstruction = 64);
                LOAD COLLECTION films;
                CREATE ALIAS movies FOR films;
                DESCRIBE COLLECTION films""");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out().substring(result.out().indexOf("+-"))).isEqualTo("""
                +-----------+-----------------+-------------+---------+----------+---------+---------------+-------------------------------------------------------+
                | field     | type            | primary_key | auto_id | nullable | default | partition_key | description                                           |
                +-----------+-----------------+-------------+---------+----------+---------+---------------+-------------------------------------------------------+
                | id        | INT64           | true        | false   | false    | NULL    | false         |                                                       |
                | title     | VARCHAR(20)     | false       | false   | false    | NULL    | false         | the title                                             |
                | embedding | FLOAT_VECTOR(2) | false       | false   | false    | NULL    | false         |                                                       |
                | $meta     | JSON            | false       | false   | true     | NULL    | false         | dynamic field: the values of keys that are not fields |
                +-----------+-----------------+-------------+---------+----------+---------+---------------+-------------------------------------------------------+
                (4 rows)
                Consistency level: Strong
                Dynamic field: yes
                Shards: 1
                Partitions: _default, p2024
                Indexes: embedding_idx ON embedding USING HNSW (COSINE)
                Properties: collection.ttl.seconds = 86400
                Aliases: movies
                Load state: Loaded

                """);
    }

    @Test
    void aFailedStatementInAFileExitsWithOneAndSaysWhere() throws Exception {
        Files.writeString(directory.resolve("broken.sql"), """
                CREATE COLLECTION c DIMENSION 2;
                -- the next statement misses FROM
                FLUSH PARTITION p c;
                SHOW VERSION;
                """);
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "-f", "broken.sql");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("""
                broken.sql:3:19: mismatched input 'c'. Expecting: 'FROM'
                  FLUSH PARTITION p c
                                    ^
                """);
        assertThat(result.out()).isEqualTo("CREATE COLLECTION (load state Loaded)\n\n");
    }

    @Test
    void statementsOnStdinWithOnErrorContinue() throws Exception {
        Result result = ConsoleProcess.run(directory, "SELECT * FROM missing LIMIT 1;\nSHOW VERSION;\n", Map.of(),
                "--no-banner", "--on-error", "continue", "--format", "jsonl");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("<stdin>:1:1: ").contains("missing");
        assertThat(result.out()).isEqualTo("{\"version\":\"v2.6.0-quiver\"}\n");
    }

    @Test
    void jsonLinesGivesTheIdsAndTimestampsThatShowStateNeedsAfterNowait() throws Exception {
        String url = "jdbc:milvus:file:" + directory.resolve("data");
        Result first = ConsoleProcess.run(directory, "", Map.of(), url, "--format", "jsonl", "-c",
                "CREATE COLLECTION c DIMENSION 2; INSERT INTO c VALUES (7, [0.5, 0.25]); FLUSH c NOWAIT;"
                        + " FLUSH ALL NOWAIT; COMPACT c");
        assertThat(first.exitCode()).as(first.err()).isZero();
        List<JsonNode> lines = new ArrayList<>();
        for (String line : first.out().split("\n")) {
            lines.add(JSON.readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("command").asText())
                .containsExactly("FLUSH", "FLUSH ALL", "COMPACT");
        JsonNode flush = lines.get(0);
        assertThat(flush.get("sealed_segment_ids").get("c").isArray()).isTrue();
        long flushTs = flush.get("flush_ts").get("c").asLong();
        long flushAllTs = lines.get(1).get("flush_all_ts").asLong();
        long compactionId = lines.get(2).get("compaction_id").asLong();
        assertThat(flushTs).isPositive();
        assertThat(flushAllTs).isGreaterThanOrEqualTo(flushTs);
        assertThat(compactionId).isPositive();

        Result second = ConsoleProcess.run(directory, "", Map.of(), url, "--format", "csv", "-c",
                "SHOW FLUSH STATE OF c AT " + flushTs + "; SHOW FLUSH ALL STATE AT " + flushAllTs
                        + "; SHOW COMPACTION STATE " + compactionId);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).startsWith("collection,flush_ts,flushed\nc," + flushTs + ",")
                .contains("flush_all_ts,flushed\n" + flushAllTs + ",")
                .contains("\n" + compactionId + ",");
    }

    @Test
    void aCopyInCsvToAPipeWritesNoProgressBytes() throws Exception {
        StringBuilder rows = new StringBuilder("id,vector\n");
        for (int i = 1; i <= 5000; i++) {
            rows.append(i).append(",\"[").append(i).append(", 0.5]\"\n");
        }
        Files.writeString(directory.resolve("in.csv"), rows);
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "--format", "csv", "-c",
                "CREATE COLLECTION c DIMENSION 2; COPY c FROM 'in.csv' WITH (batch_rows = 100);"
                        + " COPY c TO 'out.csv'; LOAD COLLECTION c; SELECT count(*) FROM c");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("count(*)\n5000\n");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void copyWritesAndReadsFilesNextToTheConsole() throws Exception {
        Files.writeString(directory.resolve("in.csv"), "id,vector\n1,\"[0.5, 0.25]\"\n2,\"[1, 2]\"\n3,\"[1, 2, 3]\"\n");
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "-c",
                "CREATE COLLECTION c DIMENSION 2; COPY c FROM 'in.csv' WITH (on_error = 'skip');"
                        + " COPY (SELECT id, vector FROM c WHERE id > 1) TO 'out.jsonl'");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).isEqualTo("CREATE COLLECTION (load state Loaded)\n\nCOPY 2 (skipped 1 row)\n\nCOPY 1\n\n");
        assertThat(result.err()).isEqualTo("skipped in.csv:4:3: column vector: the vector has 3 dimensions but the "
                + "field's dimension is 2\n");
        assertThat(Files.readString(directory.resolve("out.jsonl"))).isEqualTo("{\"id\":2,\"vector\":[1.0,2.0]}\n");
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--format", "xml");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("unknown format 'xml'");
    }

    /** A loopback port nothing listens on: bound to find a free one, then closed. */
    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void aRefusedConnectionFailsAtOnceInOneLineWithAHint() throws Exception {
        // A retry loop would wait out the 10-minute connect timeout (and the test's own timeout) first.
        int port = closedPort();
        Result result = ConsoleProcess.run(directory, "", Map.of(),
                "jdbc:milvus://127.0.0.1:" + port + "?connectTimeout=10m&retryInitialBackoff=5m", "-c", "SHOW VERSION");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("quiver: cannot connect to Milvus at 127.0.0.1:" + port + ": Connection"
                + " refused: no server listens at 127.0.0.1:" + port + "; is it running? (start one with 'quiver"
                + " serve', or check the host and port)\n");
    }

    @Test
    @org.junit.jupiter.api.Timeout(120)
    void anUnknownHostFailsAtOnceInOneLineWithoutGrpcLogging() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(),
                "jdbc:milvus://no-such-host.invalid:19530?connectTimeout=10m&retryInitialBackoff=5m", "-c", "SHOW VERSION");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("quiver: cannot connect to Milvus at no-such-host.invalid:19530: unknown"
                + " host 'no-such-host.invalid': the name does not resolve; check the spelling\n");
    }

    @Test
    void catalogMetaCommandsDescribeTheEmbeddedCatalog() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "--format", "csv", "-c",
                "CREATE COLLECTION films DIMENSION 2;\n\\dt\n\\d films\n\\dp films\n\\l\n");
        assertThat(result.err()).isEmpty();
        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("films").contains("vector").contains("_default").contains("default");
    }

    @Test
    void errorsShowWhereWithACaretAndHintAtTheFix() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "--on-error", "continue", "-c", """
                CREATE COLLECTION films DIMENSION 2;
                SELEC * FROM films;
                SELECT * FROM film LIMIT 1;
                SELECT id FROM films ORDER BY vector <-> [0.1, 0.2] LIMIT 1;
                RELEASE COLLECTION films;
                SELECT * FROM films LIMIT 1;
                DROP INDEX vector ON films;
                LOAD COLLECTION films;
                """);
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("""
                -c:2:1: mismatched input 'SELEC'. Expecting: 'SELECT', 'INSERT', 'CREATE', 'SHOW', 'DESCRIBE', 'DROP', \
                ... (17 more)
                  SELEC * FROM films
                  ^
                HINT: did you mean SELECT?
                -c:3:1: can't find collection[database=default][collection=film]
                HINT: did you mean films? (\\dt lists the collections)
                -c:4:1: metric type not match: invalid parameter[expected=COSINE][actual=L2]
                HINT: the index's metric is COSINE: search with ORDER BY field <=> [...] (<-> L2, <#> IP, <=> COSINE, \
                <~> HAMMING, <%> JACCARD)
                -c:6:1: collection not loaded[collection=films]
                HINT: load it first: LOAD COLLECTION films;
                -c:8:1: index not found[collection=films]
                HINT: create one: CREATE INDEX ON films (vector_field) USING AUTOINDEX WITH (metric_type = 'COSINE');
                """);
    }

    @Test
    void jsonWithSeveralResultsIsOneDocument() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "--format", "json", "-c",
                "SHOW VERSION; CREATE COLLECTION c DIMENSION 2; SHOW DATABASES; SHOW COLLECTIONS LIKE 'none%'");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                [
                  {"version":"v2.6.0-quiver"},
                  {"database":"default"}
                ]
                """);
    }

    @Test
    void tuplesOnlyAndQuietPrintTheRowsAlone() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(), "-q", "-t", "-c",
                "CREATE COLLECTION films DIMENSION 2; SHOW COLLECTIONS; FLUSH films");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("""
                +-------+
                | films |
                +-------+

                """);
        Result csv = ConsoleProcess.run(directory, "", Map.of(), "-t", "--format", "csv", "-c", "SHOW DATABASES");
        assertThat(csv.out()).isEqualTo("default\n");
        assertThat(csv.err()).as("the banner is not printed with -q only").isNotEmpty();
    }

    @Test
    void aTableCutToMaxRowsShowsBothEndsAndSaysHowToSeeAll() throws Exception {
        Result result = ConsoleProcess.run(directory, "", Map.of(), "-q", "--max-rows", "4", "-c",
                "CREATE COLLECTION c DIMENSION 2; INSERT INTO c VALUES (1, [0.1, 0.2]), (2, [0.1, 0.2]), (3, [0.1, 0.2]),"
                        + " (4, [0.1, 0.2]), (5, [0.1, 0.2]), (6, [0.1, 0.2]); SELECT id FROM c; \n\\maxrows 0\nSELECT"
                        + " count(*) FROM c;");
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("""
                +-----+
                | id  |
                +-----+
                |   1 |
                |   2 |
                | ... |
                |   5 |
                |   6 |
                +-----+

                Tables show every row.
                """);
        Result loud = ConsoleProcess.run(directory, "", Map.of(), "--no-banner", "--max-rows", "2", "-c",
                "CREATE COLLECTION c DIMENSION 2; INSERT INTO c VALUES (1, [0.1, 0.2]), (2, [0.1, 0.2]), (3, [0.1, 0.2]);"
                        + " SELECT id FROM c");
        assertThat(loud.out()).contains("(3 rows, 2 shown; \\maxrows 0 shows all)\n");
    }

    @Test
    void aDataDirectoryKeepsDataBetweenRuns() throws Exception {
        String url = "jdbc:milvus:file:" + directory.resolve("data");
        Result first = ConsoleProcess.run(directory, "", Map.of(), url, "-c",
                "CREATE COLLECTION c DIMENSION 2; INSERT INTO c VALUES (7, [0.5, 0.25])");
        assertThat(first.exitCode()).as(first.err()).isZero();
        Result second = ConsoleProcess.run(directory, "", Map.of("QUIVER_URL", url), "--format", "tsv", "-c",
                "SELECT id FROM c");
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).isEqualTo("id\n7\n");
    }
}
