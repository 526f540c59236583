package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.MilvusStatement;
import dev.quiver.embedded.EmbeddedMilvus;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Test support for the statement ITs: the embedded engine reached in-process ({@code jdbc:milvus:mem:<unique>}) or
 * over TCP loopback (an engine on an ephemeral 127.0.0.1 port, {@code jdbc:milvus://127.0.0.1:<port>}), and small
 * helpers to run statements and read their rows, tags and details.
 */
public final class EngineTargets implements AutoCloseable {
    /** How the driver reaches the engine. */
    public enum Mode { IN_PROCESS, TCP }

    private final String url;
    private final @Nullable EmbeddedMilvus server;

    private EngineTargets(String url, @Nullable EmbeddedMilvus server) {
        this.url = url;
        this.server = server;
    }

    /** A fresh engine reached the given way; close it after the test. */
    public static EngineTargets start(Mode mode) throws Exception {
        if (mode == Mode.IN_PROCESS) {
            return new EngineTargets("jdbc:milvus:mem:h8-" + UUID.randomUUID(), null);
        }
        EmbeddedMilvus server = EmbeddedMilvus.builder().inMemory().host("127.0.0.1").port(0).build();
        return new EngineTargets("jdbc:milvus://127.0.0.1:" + server.port(), server);
    }

    public String url() {
        return url;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }

    /** Runs an action statement and returns its update count. */
    public static long update(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            boolean rows = s.execute(sql);
            if (rows) {
                throw new AssertionError("expected an update count from: " + sql);
            }
            return s.getLargeUpdateCount();
        }
    }

    /** Runs an action statement and returns its command tag and details. */
    public static Outcome act(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            boolean rows = s.execute(sql);
            if (rows) {
                throw new AssertionError("expected an update count from: " + sql);
            }
            MilvusStatement m = s.unwrap(MilvusStatement.class);
            return new Outcome(s.getLargeUpdateCount(), m.getCommandTag(), m.getDetails());
        }
    }

    /** Runs a statement that returns rows and reads them all (column labels in {@code columns}). */
    public static Rows query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return Rows.read(rs);
        }
    }

    /** What an action statement produced. */
    public record Outcome(long count, @Nullable String tag, Map<String, Object> details) {}

    /** A result read into memory. */
    public record Rows(List<String> columns, List<List<Object>> rows) {
        static Rows read(ResultSet rs) throws SQLException {
            List<String> columns = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            for (int i = 1; i <= n; i++) {
                columns.add(rs.getMetaData().getColumnLabel(i));
            }
            List<List<Object>> rows = new ArrayList<>();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getObject(i));
                }
                rows.add(row);
            }
            return new Rows(columns, rows);
        }

        /** The value of {@code column} in row {@code row}. */
        public @Nullable Object get(int row, String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                throw new AssertionError("no column " + column + " in " + columns);
            }
            return rows.get(row).get(i);
        }

        /** Every value of {@code column}. */
        public List<Object> column(String column) {
            int i = columns.indexOf(column);
            if (i < 0) {
                throw new AssertionError("no column " + column + " in " + columns);
            }
            List<Object> out = new ArrayList<>();
            for (List<Object> r : rows) {
                out.add(r.get(i));
            }
            return out;
        }
    }
}
