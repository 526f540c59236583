package dev.quiver.console.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A scripted JDBC back end for console tests: each statement text maps to rows, an update count or an error.
 * Connections, statements and result sets are {@link Proxy} fakes; unknown statements fail.
 */
public final class FakeDatabase {

    /** A column of a fake result. */
    public record Col(String label, int sqlType) {
        public static Col text(String label) {
            return new Col(label, Types.VARCHAR);
        }

        public static Col number(String label) {
            return new Col(label, Types.BIGINT);
        }

        public static Col vector(String label) {
            return new Col(label, Types.ARRAY);
        }
    }

    /** What a statement answers. */
    public sealed interface Answer permits Rows, Count, Failure, Blocks {
    }

    /** A result set. */
    public record Rows(List<Col> columns, List<Object[]> rows) implements Answer {
    }

    /** An update count. */
    public record Count(int count) implements Answer {
    }

    /** An error. */
    public record Failure(SQLException error) implements Answer {
    }

    /** A statement that runs until it is cancelled, then fails as cancelled. */
    public record Blocks(CountDownLatch started) implements Answer {
    }

    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private final List<String> executed = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private volatile boolean cancelled;
    private int connectionsOpened;
    private int connectionsClosed;

    public FakeDatabase rows(String sql, List<Col> columns, Object[]... rows) {
        answers.put(sql, new Rows(columns, Arrays.asList(rows)));
        return this;
    }

    public FakeDatabase count(String sql, int count) {
        answers.put(sql, new Count(count));
        return this;
    }

    public FakeDatabase fails(String sql, String message, String sqlState) {
        answers.put(sql, new Failure(new SQLException(message, sqlState)));
        return this;
    }

    public FakeDatabase blocks(String sql, CountDownLatch started) {
        answers.put(sql, new Blocks(started));
        return this;
    }

    /** Collections listed by {@code DatabaseMetaData.getTables}. */
    public FakeDatabase tables(String... names) {
        tables.addAll(List.of(names));
        return this;
    }

    /** The statement texts executed so far, in order. */
    public synchronized List<String> executed() {
        return List.copyOf(executed);
    }

    public boolean wasCancelled() {
        return cancelled;
    }

    public synchronized int connectionsOpened() {
        return connectionsOpened;
    }

    public synchronized int connectionsClosed() {
        return connectionsClosed;
    }

    public synchronized Connection connect() {
        connectionsOpened++;
        return proxy(Connection.class, (self, method, args) -> switch (method.getName()) {
            case "createStatement" -> statement();
            case "getMetaData" -> metaData();
            case "close" -> {
                synchronized (this) {
                    connectionsClosed++;
                }
                yield null;
            }
            case "isClosed" -> false;
            case "getCatalog" -> "default";
            case "unwrap", "isWrapperFor" -> throw new SQLException("not a wrapper");
            default -> throw new UnsupportedOperationException("fake Connection." + method.getName());
        });
    }

    private Statement statement() {
        Object[] state = {null, -1};
        return proxy(Statement.class, (self, method, args) -> switch (method.getName()) {
            case "execute" -> {
                Answer answer = answer((String) args[0]);
                if (answer instanceof Rows rows) {
                    state[0] = rows;
                    state[1] = -1;
                    yield true;
                }
                state[0] = null;
                state[1] = ((Count) answer).count();
                yield false;
            }
            case "executeQuery" -> {
                Answer answer = answer((String) args[0]);
                if (answer instanceof Rows rows) {
                    yield resultSet(rows);
                }
                throw new SQLException("not a query: " + args[0]);
            }
            case "getResultSet" -> state[0] == null ? null : resultSet((Rows) state[0]);
            case "getUpdateCount" -> state[1];
            case "getMoreResults" -> {
                state[0] = null;
                state[1] = -1;
                yield false;
            }
            case "cancel" -> {
                cancelled = true;
                synchronized (this) {
                    notifyAll();
                }
                yield null;
            }
            case "close" -> null;
            case "isWrapperFor" -> false;
            default -> throw new UnsupportedOperationException("fake Statement." + method.getName());
        });
    }

    private Answer answer(String sql) throws SQLException, InterruptedException {
        synchronized (this) {
            executed.add(sql);
        }
        Answer answer = answers.get(sql);
        if (answer == null) {
            throw new SQLException("fake database: no answer for statement: " + sql, "42000");
        }
        if (answer instanceof Failure failure) {
            throw failure.error();
        }
        if (answer instanceof Blocks blocks) {
            blocks.started().countDown();
            synchronized (this) {
                while (!cancelled) {
                    wait(TimeUnit.SECONDS.toMillis(1));
                }
            }
            throw new SQLException("statement cancelled", "57014");
        }
        return answer;
    }

    private DatabaseMetaData metaData() {
        return proxy(DatabaseMetaData.class, (self, method, args) -> switch (method.getName()) {
            case "getTables" -> resultSet(new Rows(List.of(Col.text("TABLE_NAME")),
                    tables.stream().map(name -> new Object[] {name}).toList()));
            case "getCatalogs" -> resultSet(new Rows(List.of(Col.text("TABLE_CAT")),
                    List.<Object[]>of(new Object[] {"default"})));
            case "getColumns", "getIndexInfo" -> throw new SQLException("fake: no " + method.getName());
            default -> throw new UnsupportedOperationException("fake DatabaseMetaData." + method.getName());
        });
    }

    static ResultSet resultSet(Rows rows) {
        int[] cursor = {-1};
        ResultSetMetaData metaData = proxy(ResultSetMetaData.class, (self, method, args) -> switch (method.getName()) {
            case "getColumnCount" -> rows.columns().size();
            case "getColumnLabel", "getColumnName" -> rows.columns().get((Integer) args[0] - 1).label();
            case "getColumnType" -> rows.columns().get((Integer) args[0] - 1).sqlType();
            default -> throw new UnsupportedOperationException("fake ResultSetMetaData." + method.getName());
        });
        return proxy(ResultSet.class, (self, method, args) -> switch (method.getName()) {
            case "next" -> ++cursor[0] < rows.rows().size();
            case "getObject" -> rows.rows().get(cursor[0])[index(rows, args[0])];
            case "getString" -> {
                Object value = rows.rows().get(cursor[0])[index(rows, args[0])];
                yield value == null ? null : value.toString();
            }
            case "getMetaData" -> metaData;
            case "close" -> null;
            default -> throw new UnsupportedOperationException("fake ResultSet." + method.getName());
        });
    }

    private static int index(Rows rows, Object column) {
        if (column instanceof Integer number) {
            return number - 1;
        }
        for (int i = 0; i < rows.columns().size(); i++) {
            if (rows.columns().get(i).label().equalsIgnoreCase((String) column)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + column);
    }

    @SuppressWarnings("unchecked")
    static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(FakeDatabase.class.getClassLoader(), new Class<?>[] {type}, (self, method,
                args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "hashCode" -> System.identityHashCode(self);
                    case "equals" -> self == args[0];
                    default -> "fake " + type.getSimpleName();
                };
            }
            return handler.invoke(self, method, args);
        });
    }

    /** A result set over the given rows, for printer tests. */
    public static ResultSet result(List<Col> columns, Object[]... rows) {
        return resultSet(new Rows(columns, Arrays.asList(rows)));
    }
}
