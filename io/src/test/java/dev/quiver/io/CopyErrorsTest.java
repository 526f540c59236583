package dev.quiver.io;

import static dev.quiver.io.CopyTestSupport.act;
import static dev.quiver.io.CopyTestSupport.connect;
import static dev.quiver.io.CopyTestSupport.copy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad rows name file:line:column and the reason; on_error stop inserts nothing of the failing batch, skip counts. */
class CopyErrorsTest {
    @TempDir
    Path directory;

    private static Connection films() throws SQLException {
        Connection c = connect();
        act(c, "CREATE COLLECTION films (id INT64 PRIMARY KEY, title VARCHAR(32), vector FLOAT_VECTOR(2))",
                "CREATE INDEX ON films (vector) USING FLAT WITH (metric_type = 'L2')", "LOAD COLLECTION films");
        return c;
    }

    private static long count(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM films")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A CSV of {@code rows} good rows with a header; line n+1 holds row n. */
    private Path csv(String name, int rows, int badLine, String badRow) throws Exception {
        StringBuilder text = new StringBuilder("id,title,vector\n");
        for (int i = 1; i <= rows; i++) {
            text.append(i + 1 == badLine ? badRow : i + ",film " + i + ",\"[" + i + ", 0.5]\"").append('\n');
        }
        return Files.writeString(directory.resolve(name), text);
    }

    @Test
    void aWrongDimensionOnLine1234StopsAndNothingOfItsBatchGoesIn() throws Exception {
        csv("films.csv", 1500, 1234, "1233,bad,\"[1, 2, 3]\"");
        try (Connection c = films()) {
            CopyException e = assertThrows(CopyException.class,
                    () -> copy(c, "COPY films FROM 'films.csv' WITH (batch_rows = 500)", directory));
            assertThat(e.getMessage()).isEqualTo("films.csv:1234:10: column vector: the vector has 3 dimensions but the field's "
                    + "dimension is 2 (1000 rows went in before; none of this batch's 232 rows did)");
            assertThat(e.rowsCopied()).isEqualTo(1000);
            assertThat(count(c)).isEqualTo(1000);
        }
    }

    @Test
    void onErrorSkipLeavesTheBadRowOutAndCountsIt() throws Exception {
        csv("films.csv", 1500, 1234, "1233,bad,\"[1, 2, 3]\"");
        try (Connection c = films()) {
            CopyResult r = copy(c, "COPY films FROM 'films.csv' WITH (batch_rows = 500, on_error = 'skip')", directory);
            assertThat(r.rows()).isEqualTo(1499);
            assertThat(r.skipped()).isEqualTo(1);
            assertThat(r.problems()).containsExactly("films.csv:1234:10: column vector: the vector has 3 dimensions "
                    + "but the field's dimension is 2");
            assertThat(count(c)).isEqualTo(1499);
        }
    }

    @Test
    void aMalformedQuoteNamesWhereItIs() throws Exception {
        Files.writeString(directory.resolve("q.csv"), "id,title,vector\n1,ok,\"[1, 2]\"\n2,\"unterminated,\"[1, 2]\n");
        try (Connection c = films()) {
            CopyException e = assertThrows(CopyException.class,
                    () -> copy(c, "COPY films FROM 'q.csv' WITH (on_error = 'skip')", directory));
            assertThat(e.getMessage()).startsWith("q.csv:3:").contains("malformed CSV")
                    .endsWith("(0 rows went in before; none of this batch's 1 row did)");
            assertThat(count(c)).isZero();
        }
    }

    @Test
    void anUnknownColumnIsNamedOnTheHeader() throws Exception {
        Files.writeString(directory.resolve("u.csv"), "id,title,colour,vector\n1,a,red,\"[1, 2]\"\n");
        Files.writeString(directory.resolve("u.jsonl"), "{\"id\": 1, \"title\": \"a\", \"vector\": [1, 2]}\n"
                + "  {\"id\": 2, \"colour\": \"red\", \"title\": \"b\", \"vector\": [1, 2]}\n");
        try (Connection c = films()) {
            assertThat(assertThrows(CopyException.class, () -> copy(c, "COPY films FROM 'u.csv'", directory)).getMessage())
                    .startsWith("u.csv:1:10: unknown column colour: the collection has no such field and "
                            + "its dynamic field is off");
            assertThat(assertThrows(CopyException.class, () -> copy(c, "COPY films FROM 'u.jsonl'", directory)).getMessage())
                    .isEqualTo("u.jsonl:2:3: column colour: unknown column: the collection has no such field and "
                            + "its dynamic field is off (0 rows went in before; none of this batch's 1 row did)");
        }
    }

    @Test
    void aTypeMismatchNamesTheCell() throws Exception {
        Files.writeString(directory.resolve("t.csv"), "id,title,vector\n1,a,\"[1, 2]\"\nseven,b,\"[1, 2]\"\n");
        Files.writeString(directory.resolve("t.json"), "[\n  {\"id\": 1, \"title\": 5, \"vector\": [1, 2]}\n]\n");
        try (Connection c = films()) {
            assertThat(assertThrows(CopyException.class, () -> copy(c, "COPY films FROM 't.csv'", directory)).getMessage())
                    .isEqualTo("t.csv:3:1: column id: INT64 expects a whole number, got 'seven' (0 rows went in "
                            + "before; none of this batch's 1 row did)");
            assertThat(assertThrows(CopyException.class, () -> copy(c, "COPY films FROM 't.json'", directory)).getMessage())
                    .isEqualTo("t.json:2:3: column title: VARCHAR expects a string, got the value 5 (0 rows went in "
                            + "before)");
            assertThat(count(c)).isZero();
        }
    }

    @Test
    void badOptionsAreNamed() throws Exception {
        Files.writeString(directory.resolve("e.csv"), "id,title,vector\n");
        try (Connection c = films()) {
            assertThat(assertThrows(SQLException.class,
                    () -> copy(c, "COPY films FROM 'e.csv' WITH (on_error = 'ignore')", directory)).getMessage())
                    .isEqualTo("COPY option on_error must be 'stop' or 'skip'");
            SQLException parquet = assertThrows(SQLException.class,
                    () -> copy(c, "COPY films FROM 'e.csv' WITH (format = 'parquet')", directory));
            assertThat(parquet.getMessage()).contains("'parquet') is not supported yet");
            assertThat(parquet.getSQLState()).isEqualTo("0A000");
            assertThat(assertThrows(SQLException.class,
                    () -> copy(c, "COPY films FROM 'e.csv' WITH (quote = '\"')", directory)).getMessage())
                    .startsWith("COPY does not know the option quote");
            SQLException timed = assertThrows(SQLException.class,
                    () -> copy(c, "COPY films FROM 'e.csv' TIMEOUT 3s", directory));
            assertThat(timed.getMessage()).startsWith("COPY does not take TIMEOUT");
            assertThat(timed.getSQLState()).isEqualTo("0A000");
        }
    }
}
