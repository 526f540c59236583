package dev.quiver.dsl;

import dev.quiver.driver.MilvusConnection;
import dev.quiver.driver.MilvusStatement;
import dev.quiver.grammar.ast.Statement;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * Executes statement ASTs through a JDBC connection obtained from a {@link ConnectionSource}, handing the AST itself
 * to the driver ({@link MilvusConnection#prepare}): no statement text is formatted or parsed on the way.
 */
final class JdbcSession implements Session {
    private final ConnectionSource source;
    private final Executor executor;

    JdbcSession(ConnectionSource source, Executor executor) {
        this.source = source;
        this.executor = executor;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    JdbcSession withExecutor(Executor newExecutor) {
        return new JdbcSession(source, newExecutor);
    }

    @Override
    public Outcome run(Statement statement, AtomicReference<java.sql.@Nullable Statement> running) {
        try {
            Connection connection = source.open();
            try (PreparedStatement jdbc = connection.unwrap(MilvusConnection.class).prepare(statement)) {
                running.set(jdbc);
                boolean hasRows = jdbc.execute();
                List<Row> rows = hasRows ? readRows(jdbc.getResultSet()) : null;
                long count = hasRows ? -1 : jdbc.getLargeUpdateCount();
                String tag = null;
                Map<String, Object> details = Map.of();
                if (jdbc.isWrapperFor(MilvusStatement.class)) {
                    MilvusStatement milvus = jdbc.unwrap(MilvusStatement.class);
                    tag = milvus.getCommandTag();
                    details = milvus.getDetails();
                }
                return new Outcome(count, tag, details, rows);
            } finally {
                running.set(null);
                source.release(connection);
            }
        } catch (SQLException e) {
            throw new QuiverException(e);
        }
    }

    private static List<Row> readRows(ResultSet resultSet) throws SQLException {
        try (ResultSet rs = resultSet) {
            ResultSetMetaData meta = rs.getMetaData();
            int width = meta.getColumnCount();
            List<String> names = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                names.add(meta.getColumnLabel(i));
            }
            List<Row> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, @Nullable Object> values = new LinkedHashMap<>();
                for (int i = 1; i <= width; i++) {
                    values.put(names.get(i - 1), plain(rs.getObject(i)));
                }
                rows.add(new Row(values));
            }
            return rows;
        }
    }

    /** JDBC arrays become lists so that rows hold only plain Java values. */
    private static @Nullable Object plain(@Nullable Object value) throws SQLException {
        if (value instanceof Array array) {
            Object elements = array.getArray();
            if (elements instanceof Object[] objects) {
                return Collections.unmodifiableList(new ArrayList<>(Arrays.asList(objects)));
            }
            return elements;
        }
        return value;
    }

    /** Where connections come from and where they go back. */
    interface ConnectionSource {
        Connection open() throws SQLException;

        void release(Connection connection) throws SQLException;
    }
}
