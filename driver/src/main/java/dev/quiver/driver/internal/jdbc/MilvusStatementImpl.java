package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.MilvusStatement;
import dev.quiver.driver.WaitListener;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.ParameterBindings;
import dev.quiver.driver.internal.exec.RowSource;
import dev.quiver.driver.internal.exec.StatementDispatcher;
import dev.quiver.driver.internal.rpc.CallScope;
import dev.quiver.grammar.ParsingException;
import dev.quiver.grammar.ast.Statement;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A plain statement: parses the text, executes it through the dispatcher within a {@link CallScope} (the
 * statement's timeout: TIMEOUT clause, else {@code setQueryTimeout}, else the session's {@code timeout}), and
 * keeps the last result. {@link #cancel()} may be called from another thread: it cancels the RPC of a running
 * execution and also the page fetches of the open result set (a fetch in flight fails with {@code 57014}, and so
 * does every later fetch of that result set; rows already fetched can still be read).
 */
class MilvusStatementImpl extends SelfWrapper implements java.sql.Statement, MilvusStatement {
    final MilvusConnectionImpl connection;
    private final List<String> batch = new ArrayList<>();
    private volatile @Nullable CallScope running;
    /** The scope the open result set's lazy page fetches run in; {@link #cancel()} reaches them through it. */
    private volatile @Nullable CallScope resultScope;
    private volatile boolean closed;
    private @Nullable MilvusResultSet resultSet;
    private long updateCount = -1;
    private @Nullable ExecutionResult last;
    private int queryTimeoutSeconds;
    private long maxRows;
    private int fetchSize;
    private boolean closeOnCompletion;
    private boolean poolable;
    private volatile @Nullable WaitListener waitListener;

    MilvusStatementImpl(MilvusConnectionImpl connection) {
        this.connection = connection;
        connection.register(this);
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("statement");
        }
        connection.checkOpen();
    }

    static Statement parse(String sql) throws SQLException {
        try {
            return MilvusConnectionImpl.parser().parse(sql);
        } catch (ParsingException e) {
            throw SqlExceptions.syntax(e);
        }
    }

    /** The effective timeout of {@code statement}: its TIMEOUT clause, setQueryTimeout, then the session's. */
    @Nullable Duration timeoutFor(Statement statement) {
        Duration clause = StatementDispatcher.timeoutOf(statement);
        if (clause != null) {
            return clause;
        }
        if (queryTimeoutSeconds > 0) {
            return Duration.ofSeconds(queryTimeoutSeconds);
        }
        return connection.session().settings().timeout();
    }

    ExecutionContext newContext(Statement statement, ParameterBindings bindings) {
        CallScope scope = new CallScope(timeoutFor(statement));
        running = scope;
        return new ExecutionContext(connection.session(), scope, bindings, fetchSize, maxRows, waitListener);
    }

    /** Runs one statement and keeps its result; true when it produced rows. */
    boolean run(Statement statement, ParameterBindings bindings) throws SQLException {
        checkOpen();
        clearResult();
        ExecutionContext context = newContext(statement, bindings);
        try {
            return keep(connection.dispatcher().execute(statement, context), context);
        } finally {
            running = null;
        }
    }

    /** Keeps {@code result}, produced within {@code context} (whose scope its lazy page fetches go on using). */
    boolean keep(ExecutionResult result, ExecutionContext context) {
        last = result;
        RowSource rows = result.rows();
        if (rows != null) {
            resultSet = new MilvusResultSet(this, rows, maxRows);
            resultScope = context.scope();
            updateCount = -1;
            return true;
        }
        updateCount = result.updateCount();
        return false;
    }

    private void clearResult() {
        MilvusResultSet current = resultSet;
        resultSet = null;
        resultScope = null;
        if (current != null) {
            current.close();
        }
        updateCount = -1;
    }

    /** A result set of this statement was closed: with closeOnCompletion, the statement closes too. */
    void resultSetClosed(MilvusResultSet closedResultSet) {
        if (closedResultSet == resultSet) {
            resultSet = null;
            resultScope = null;
            if (closeOnCompletion) {
                close();
            }
        }
    }

    @Override
    public ResultSet executeQuery(String sql) throws SQLException {
        checkOpen();
        if (!run(parse(sql), ParameterBindings.none())) {
            throw SqlExceptions.create(MilvusSqlState.FUNCTION_SEQUENCE_ERROR,
                    "the statement returned an update count, not rows; use executeUpdate or execute");
        }
        return Objects.requireNonNull(resultSet, "a statement that returned rows keeps them");
    }

    @Override
    public int executeUpdate(String sql) throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, executeLargeUpdate(sql));
    }

    @Override
    public long executeLargeUpdate(String sql) throws SQLException {
        checkOpen();
        return updateOf(run(parse(sql), ParameterBindings.none()));
    }

    long updateOf(boolean rows) throws SQLException {
        if (rows) {
            clearResult();
            throw SqlExceptions.create(MilvusSqlState.FUNCTION_SEQUENCE_ERROR,
                    "the statement returned rows; use executeQuery or execute");
        }
        return updateCount;
    }

    @Override
    public boolean execute(String sql) throws SQLException {
        checkOpen();
        return run(parse(sql), ParameterBindings.none());
    }

    @Override
    public boolean execute(String sql, int autoGeneratedKeys) throws SQLException {
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, int[] columnIndexes) throws SQLException {
        return execute(sql);
    }

    @Override
    public boolean execute(String sql, String[] columnNames) throws SQLException {
        return execute(sql);
    }

    @Override
    public int executeUpdate(String sql, int autoGeneratedKeys) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, int[] columnIndexes) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public int executeUpdate(String sql, String[] columnNames) throws SQLException {
        return executeUpdate(sql);
    }

    @Override
    public @Nullable ResultSet getResultSet() throws SQLException {
        checkOpen();
        return resultSet;
    }

    @Override
    public int getUpdateCount() throws SQLException {
        long c = getLargeUpdateCount();
        return (int) Math.min(Integer.MAX_VALUE, c);
    }

    @Override
    public long getLargeUpdateCount() throws SQLException {
        checkOpen();
        return updateCount;
    }

    @Override
    public boolean getMoreResults() throws SQLException {
        checkOpen();
        clearResult();
        return false;
    }

    @Override
    public boolean getMoreResults(int current) throws SQLException {
        return getMoreResults();
    }

    @Override
    public ResultSet getGeneratedKeys() throws SQLException {
        checkOpen();
        ExecutionResult r = last;
        return MilvusResultSet.detached(r == null ? ExecutionResult.update(0, "NONE").generatedKeys() : r.generatedKeys());
    }

    // ---- batches of statement text ----

    @Override
    public void addBatch(String sql) throws SQLException {
        checkOpen();
        batch.add(sql);
    }

    @Override
    public void clearBatch() throws SQLException {
        checkOpen();
        batch.clear();
    }

    @Override
    public int[] executeBatch() throws SQLException {
        long[] large = executeLargeBatch();
        int[] counts = new int[large.length];
        for (int i = 0; i < large.length; i++) {
            counts[i] = (int) Math.min(Integer.MAX_VALUE, large[i]);
        }
        return counts;
    }

    @Override
    public long[] executeLargeBatch() throws SQLException {
        checkOpen();
        List<String> entries = new ArrayList<>(batch);
        batch.clear();
        long[] counts = new long[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            try {
                counts[i] = updateOf(run(parse(entries.get(i)), ParameterBindings.none()));
            } catch (SQLException e) {
                int[] done = new int[i];
                for (int j = 0; j < i; j++) {
                    done[j] = (int) Math.min(Integer.MAX_VALUE, counts[j]);
                }
                throw new BatchUpdateException("batch entry " + (i + 1) + " failed: " + e.getMessage(),
                        e.getSQLState(), e.getErrorCode(), done, e);
            }
        }
        return counts;
    }

    // ---- MilvusStatement ----

    @Override
    public @Nullable String getCommandTag() throws SQLException {
        checkOpen();
        ExecutionResult r = last;
        return r == null ? null : r.commandTag();
    }

    @Override
    public Map<String, Object> getDetails() throws SQLException {
        checkOpen();
        ExecutionResult r = last;
        return r == null ? Map.of() : r.details();
    }

    @Override
    public void setWaitListener(@Nullable WaitListener listener) throws SQLException {
        checkOpen();
        waitListener = listener;
    }

    // ---- cancel, close ----

    @Override
    public void cancel() throws SQLException {
        checkOpen();
        cancelQuietly();
    }

    void cancelQuietly() {
        CallScope scope = running;
        if (scope != null) {
            scope.cancel();
        }
        CallScope fetching = resultScope;
        if (fetching != null) {
            fetching.cancel();
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        clearResult();
        connection.unregister(this);
    }

    void closeQuietly() {
        cancelQuietly();
        close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void closeOnCompletion() throws SQLException {
        checkOpen();
        closeOnCompletion = true;
    }

    @Override
    public boolean isCloseOnCompletion() throws SQLException {
        checkOpen();
        return closeOnCompletion;
    }

    // ---- options ----

    @Override
    public int getQueryTimeout() throws SQLException {
        checkOpen();
        return queryTimeoutSeconds;
    }

    @Override
    public void setQueryTimeout(int seconds) throws SQLException {
        checkOpen();
        if (seconds < 0) {
            throw SqlExceptions.invalidValue("query timeout must be >= 0 seconds, got " + seconds);
        }
        queryTimeoutSeconds = seconds;
    }

    @Override
    public int getMaxRows() throws SQLException {
        return (int) Math.min(Integer.MAX_VALUE, getLargeMaxRows());
    }

    @Override
    public void setMaxRows(int max) throws SQLException {
        setLargeMaxRows(max);
    }

    @Override
    public long getLargeMaxRows() throws SQLException {
        checkOpen();
        return maxRows;
    }

    @Override
    public void setLargeMaxRows(long max) throws SQLException {
        checkOpen();
        if (max < 0) {
            throw SqlExceptions.invalidValue("max rows must be >= 0, got " + max);
        }
        maxRows = max;
    }

    @Override
    public int getFetchSize() throws SQLException {
        checkOpen();
        return fetchSize;
    }

    @Override
    public void setFetchSize(int rows) throws SQLException {
        checkOpen();
        if (rows < 0) {
            throw SqlExceptions.invalidValue("fetch size must be >= 0, got " + rows);
        }
        fetchSize = rows;
    }

    @Override
    public int getFetchDirection() throws SQLException {
        checkOpen();
        return ResultSet.FETCH_FORWARD;
    }

    @Override
    public void setFetchDirection(int direction) throws SQLException {
        checkOpen();
        if (direction != ResultSet.FETCH_FORWARD) {
            throw SqlExceptions.notSupported("result sets are forward-only");
        }
    }

    @Override
    public int getMaxFieldSize() throws SQLException {
        checkOpen();
        return 0;
    }

    @Override
    public void setMaxFieldSize(int max) throws SQLException {
        checkOpen();
    }

    @Override
    public void setEscapeProcessing(boolean enable) throws SQLException {
        checkOpen();
    }

    @Override
    public void setCursorName(String name) throws SQLException {
        throw SqlExceptions.notSupported("named cursors are not supported");
    }

    @Override
    public int getResultSetConcurrency() throws SQLException {
        checkOpen();
        return ResultSet.CONCUR_READ_ONLY;
    }

    @Override
    public int getResultSetType() throws SQLException {
        checkOpen();
        return ResultSet.TYPE_FORWARD_ONLY;
    }

    @Override
    public int getResultSetHoldability() throws SQLException {
        checkOpen();
        return ResultSet.HOLD_CURSORS_OVER_COMMIT;
    }

    @Override
    public boolean isPoolable() throws SQLException {
        checkOpen();
        return poolable;
    }

    @Override
    public void setPoolable(boolean poolable) throws SQLException {
        checkOpen();
        this.poolable = poolable;
    }

    @Override
    public Connection getConnection() throws SQLException {
        checkOpen();
        return connection.facade();
    }

    @Override
    public @Nullable SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }
}
