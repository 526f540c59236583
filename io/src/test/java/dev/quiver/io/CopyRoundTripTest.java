package dev.quiver.io;

import static dev.quiver.io.CopyTestSupport.act;
import static dev.quiver.io.CopyTestSupport.connect;
import static dev.quiver.io.CopyTestSupport.copy;
import static dev.quiver.io.CopyTestSupport.rows;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** COPY TO then COPY FROM into a fresh collection gives the same rows, in every format. */
class CopyRoundTripTest {
    @TempDir
    Path directory;

    private static String schema(String name) {
        return "CREATE COLLECTION " + name + " (b BOOL, i8 INT8, i16 INT16, i32 INT32 DEFAULT 5, i64 INT64 PRIMARY KEY,"
                + " f FLOAT, d DOUBLE, s VARCHAR(20) NULL, j JSON NULL, a ARRAY<INT64>(4), av ARRAY<VARCHAR(8)>(4),"
                + " v1 FLOAT_VECTOR(2), v2 BINARY_VECTOR(16), v3 FLOAT16_VECTOR(2), v4 BFLOAT16_VECTOR(2),"
                + " v6 SPARSE_FLOAT_VECTOR, t TIMESTAMPTZ NULL, g GEOMETRY NULL) WITH (dynamic_field = true)";
    }

    private static void prepare(Connection c, String name) throws Exception {
        act(c, schema(name),
                "CREATE INDEX ON " + name + " (v1) USING FLAT WITH (metric_type = 'L2')",
                "CREATE INDEX ON " + name + " (v2) USING BIN_FLAT WITH (metric_type = 'HAMMING')",
                "CREATE INDEX ON " + name + " (v3) USING FLAT WITH (metric_type = 'L2')",
                "CREATE INDEX ON " + name + " (v4) USING FLAT WITH (metric_type = 'L2')",
                "CREATE INDEX ON " + name + " (v6) USING SPARSE_INVERTED_INDEX WITH (metric_type = 'IP')",
                "LOAD COLLECTION " + name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "jsonl"})
    void copyToThenCopyFromGivesTheSameRows(String format) throws Exception {
        try (Connection c = connect()) {
            prepare(c, "src");
            act(c, "INSERT INTO src ROWS "
                    + "{\"b\": true, \"i8\": -8, \"i16\": 300, \"i32\": 70000, \"i64\": 1, \"f\": 1.5, \"d\": 2.25,"
                    + " \"s\": \"text, with \\\"quotes\\\"\", \"j\": {\"k\": [1, 2]}, \"a\": [1, 2], \"av\": [\"x\", \"y,z\"],"
                    + " \"v1\": [0.1, 0.2], \"v2\": x'0F3C', \"v3\": [1, -2], \"v4\": [0.5, 4],"
                    + " \"v6\": {\"3\": 0.5, \"17\": 0.25}, \"t\": \"2025-01-01T00:00:00+08:00\","
                    + " \"g\": \"POLYGON ((0 0, 1 0, 1 1, 0 0))\", \"color\": \"red\", \"n\": 7},"
                    + "{\"b\": false, \"i8\": 7, \"i16\": -3, \"i64\": 2, \"f\": -1.5, \"d\": 0.0,"
                    + " \"s\": null, \"j\": null, \"a\": [], \"av\": [], \"v1\": [3, 4], \"v2\": x'FFFF', \"v3\": [0.25, 8],"
                    + " \"v4\": [-1, 2], \"v6\": {\"1\": 1.0}}");
            CopyResult out = copy(c, "COPY src TO 'rows." + format + "'", directory);
            assertThat(out.rows()).isEqualTo(2);
            prepare(c, "dst");
            CopyResult in = copy(c, "COPY dst FROM 'rows." + format + "'", directory);
            assertThat(in.rows()).isEqualTo(2);
            assertThat(in.skipped()).isZero();
            List<Map<String, String>> expected = rows(c, "src", "i64");
            assertThat(expected).hasSize(2);
            assertThat(expected.get(0)).containsEntry("i32", "70000");
            assertThat(expected.get(1)).containsEntry("i32", "5").containsEntry("s", "null");
            assertThat(expected.get(0)).containsEntry("t", "2024-12-31T16:00Z")
                    .containsEntry("g", "POLYGON ((0 0, 1 0, 1 1, 0 0))");
            assertThat(rows(c, "dst", "i64")).isEqualTo(expected);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "json", "jsonl"})
    void aVarcharKeyAndAQueryRoundTrip(String format) throws Exception {
        try (Connection c = connect()) {
            for (String name : new String[] {"src", "dst"}) {
                act(c, "CREATE COLLECTION " + name + " (k VARCHAR(16) PRIMARY KEY, n INT64, v FLOAT_VECTOR(2))",
                        "CREATE INDEX ON " + name + " (v) USING FLAT WITH (metric_type = 'L2')",
                        "LOAD COLLECTION " + name);
            }
            act(c, "INSERT INTO src VALUES ('a', 1, [0.5, 0.5]), ('b', 2, [1, 2]), ('c', 3, [2, 3])");
            CopyResult out = copy(c, "COPY (SELECT k, n, v FROM src WHERE n >= 2) TO 'q." + format + "'", directory);
            assertThat(out.rows()).isEqualTo(2);
            copy(c, "COPY dst FROM 'q." + format + "' WITH (format = '" + format + "')", directory);
            List<Map<String, String>> copied = rows(c, "dst", "k");
            assertThat(copied).extracting(r -> r.get("k")).containsExactly("b", "c");
            assertThat(copied).isEqualTo(rows(c, "src", "k").subList(1, 3));
        }
    }
}
