package dev.quiver.io;

import static dev.quiver.io.CopyTestSupport.act;
import static dev.quiver.io.CopyTestSupport.connect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain JDBC explains COPY and refuses to run it, naming where it runs. */
class CopyThroughTheDriverTest {

    private static List<String> explain(Connection c, String sql) throws SQLException {
        List<String> steps = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
            while (rs.next()) {
                steps.add(rs.getString("rpc") + ": " + rs.getString("note"));
            }
        }
        return steps;
    }

    @Test
    void explainShowsTheCallsTheClientMakes() throws Exception {
        try (Connection c = connect()) {
            act(c, "CREATE COLLECTION films DIMENSION 2");
            assertThat(explain(c, "COPY films PARTITION _default FROM 'films.csv'")).containsExactly(
                    "DescribeCollection: the schema the client converts the file's values with",
                    "Insert: one per batch of rows the client reads from 'films.csv' (INSERT ... ROWS ? as a JDBC batch)");
            assertThat(explain(c, "COPY (SELECT id FROM films LIMIT 3) TO 'out.csv'"))
                    .last().asString().startsWith("Query: ").endsWith("the client writes the rows to 'out.csv' as they arrive");
        }
    }

    @Test
    void executingCopyThroughTheDriverIsNotSupported() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            act(c, "CREATE COLLECTION films DIMENSION 2");
            SQLException e = assertThrows(SQLException.class, () -> s.execute("COPY films FROM 'films.csv'"));
            assertThat(e.getSQLState()).isEqualTo("0A000");
            assertThat(e.getMessage()).startsWith("COPY reads and writes files on the client: run it in the quiver "
                    + "console, or with dev.quiver.io.Copy");
        }
    }
}
