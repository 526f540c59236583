package dev.quiver.io;

import dev.quiver.grammar.StatementParser;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/** An in-memory engine per test and helpers to run statements and read rows in a comparable form. */
final class CopyTestSupport {
    private static final StatementParser PARSER = new StatementParser();

    private CopyTestSupport() {
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection("jdbc:milvus:mem:copy-" + UUID.randomUUID());
    }

    static void act(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String one : sql) {
                s.execute(one);
            }
        }
    }

    static CopyResult copy(Connection c, String sql, Path directory) throws SQLException {
        return Copy.run(c, PARSER.parse(sql), directory);
    }

    /** Every row of {@code SELECT * FROM collection}, as text per column (vectors and bytes spelled out), by key. */
    static List<Map<String, String>> rows(Connection c, String collection, String key) throws SQLException {
        List<Map<String, String>> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + collection)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), text(rs.getObject(i)));
                }
                out.add(row);
            }
        }
        out.sort(Comparator.comparing(r -> r.get(key)));
        return out;
    }

    private static String text(Object v) {
        if (v instanceof float[] f) {
            return Arrays.toString(f);
        }
        if (v instanceof byte[] b) {
            return Arrays.toString(b);
        }
        if (v instanceof Map<?, ?> m) {
            return new TreeMap<>(m).toString();
        }
        return String.valueOf(v);
    }
}
