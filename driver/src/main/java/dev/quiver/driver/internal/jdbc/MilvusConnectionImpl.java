package dev.quiver.driver.internal.jdbc;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.MilvusConnection;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ParameterBindings;
import dev.quiver.driver.internal.exec.Session;
import dev.quiver.driver.internal.exec.StatementDispatcher;
import dev.quiver.driver.internal.rpc.CallScope;
import dev.quiver.driver.internal.rpc.RetryPolicy;
import dev.quiver.driver.internal.rpc.RpcInvoker;
import dev.quiver.driver.internal.rpc.SessionHeaders;
import dev.quiver.driver.internal.rpc.Transport;
import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.ast.Use;
import dev.quiver.proto.milvus.CheckHealthRequest;
import dev.quiver.proto.milvus.CheckHealthResponse;
import dev.quiver.proto.milvus.GetVersionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import io.grpc.ClientInterceptors;
import java.sql.Array;
import java.sql.Blob;
import java.sql.CallableStatement;
import java.sql.Clob;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.NClob;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLClientInfoException;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.SQLXML;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Struct;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A connection to one Milvus endpoint: a transport (shared remote channel or embedded engine), this session's
 * headers, and the session state. Auto-commit only. Thread-safe in the sense JDBC asks: statements of one
 * connection may be used from different threads, one at a time each.
 */
public final class MilvusConnectionImpl extends SelfWrapper implements Connection, MilvusConnection {
    private static final StatementParser PARSER = new StatementParser();

    private final ConnectionConfig config;
    private final Transport transport;
    private final Session session;
    private final StatementDispatcher dispatcher;
    private final long identifier;
    private final Set<MilvusStatementImpl> statements = ConcurrentHashMap.newKeySet();
    private final Properties clientInfo = new Properties();
    private volatile boolean closed;
    private volatile @Nullable String serverVersion;
    private volatile Connection facade = this;
    private volatile int transactionIsolation = TRANSACTION_NONE;
    private volatile boolean readOnly;
    private volatile int networkTimeoutMillis;
    private volatile int holdability = ResultSet.HOLD_CURSORS_OVER_COMMIT;

    private MilvusConnectionImpl(ConnectionConfig config, Transport transport, Session session, long identifier) {
        this.config = config;
        this.transport = transport;
        this.session = session;
        this.identifier = identifier;
        this.dispatcher = new StatementDispatcher(dev.quiver.driver.internal.exec.handlers.Handlers.registry());
        String app = config.string(ConnectionProperty.APPLICATION_NAME);
        if (app != null) {
            clientInfo.setProperty("ApplicationName", app);
        }
    }

    /** Opens a connection: transport, headers, Connect handshake. */
    public static MilvusConnectionImpl open(ConnectionConfig config, @Nullable SSLContext sslContext) throws SQLException {
        Transport transport = Transport.open(config, sslContext);
        try {
            SessionHeaders headers = new SessionHeaders(config.string(ConnectionProperty.TOKEN),
                    config.string(ConnectionProperty.USER), config.string(ConnectionProperty.PASSWORD), config.database());
            RetryPolicy policy = new RetryPolicy(config.integer(ConnectionProperty.MAX_RETRIES),
                    config.duration(ConnectionProperty.RETRY_INITIAL_BACKOFF),
                    config.duration(ConnectionProperty.RETRY_MAX_BACKOFF));
            RpcInvoker invoker = new RpcInvoker(ClientInterceptors.intercept(transport.channel(), headers), policy);
            long identifier = Handshake.connect(invoker, config, transport.describe());
            if (identifier != 0) {
                headers.identifier(Long.toString(identifier));
            }
            return new MilvusConnectionImpl(config, transport, new Session(config, invoker, headers), identifier);
        } catch (SQLException | RuntimeException e) {
            transport.close();
            throw e;
        }
    }

    // ---- internal API ----

    public Session session() {
        return session;
    }

    public ConnectionConfig config() {
        return config;
    }

    StatementDispatcher dispatcher() {
        return dispatcher;
    }

    static StatementParser parser() {
        return PARSER;
    }

    /** The connection statements and metadata report as theirs (a pool's handle, or this). */
    Connection facade() {
        return facade;
    }

    /** Sets what statements report as their connection (used by the pool). */
    public void facade(Connection facade) {
        this.facade = facade;
    }

    /** A context for driver-internal operations (metadata, setCatalog), bounded by the session timeout. */
    ExecutionContext internalContext() {
        return new ExecutionContext(session, new CallScope(session.settings().timeout()), ParameterBindings.none(), 0, 0);
    }

    /** Whether the transport looks usable without a round trip (pool validation). */
    public boolean looksHealthy() {
        return !closed && transport.looksHealthy();
    }

    void checkOpen() throws SQLException {
        if (closed) {
            throw SqlExceptions.closed("connection");
        }
    }

    void register(MilvusStatementImpl statement) {
        statements.add(statement);
    }

    void unregister(MilvusStatementImpl statement) {
        statements.remove(statement);
    }

    /** Closes every open statement (a pooled connection being returned). */
    public void closeStatements() {
        for (MilvusStatementImpl s : statements.toArray(new MilvusStatementImpl[0])) {
            s.closeQuietly();
        }
    }

    /** Back to the configured state: statements closed, database, settings, network timeout (pool return). */
    public void resetSession() throws SQLException {
        closeStatements();
        session.settings().resetAll();
        if (!session.database().equals(config.database())) {
            session.database(config.database());
        }
        readOnly = false;
        transactionIsolation = TRANSACTION_NONE;
        networkTimeoutMillis = 0;
        session.invoker().networkTimeout(null);
    }

    // ---- MilvusConnection ----

    @Override
    public String getDatabase() throws SQLException {
        checkOpen();
        return session.database();
    }

    @Override
    public void useDatabase(String database) throws SQLException {
        checkOpen();
        dispatcher.execute(new Use(database), internalContext());
    }

    @Override
    public String getServerVersion() throws SQLException {
        checkOpen();
        String v = serverVersion;
        if (v == null) {
            v = session.invoker().call(new CallScope(config.duration(ConnectionProperty.CONNECT_TIMEOUT)),
                    MilvusServiceGrpc.getGetVersionMethod(), GetVersionRequest.getDefaultInstance()).getVersion();
            serverVersion = v;
        }
        return v;
    }

    @Override
    public long getIdentifier() throws SQLException {
        checkOpen();
        return identifier;
    }

    @Override
    public Map<String, String> getSettings() throws SQLException {
        checkOpen();
        return session.settings().describe();
    }

    @Override
    public String getEndpoint() throws SQLException {
        checkOpen();
        return transport.describe();
    }

    @Override
    public Statement execute(dev.quiver.grammar.ast.Statement statement) throws SQLException {
        checkOpen();
        MilvusStatementImpl jdbc = new MilvusStatementImpl(this);
        try {
            jdbc.run(statement, dev.quiver.driver.internal.exec.ParameterBindings.none());
            return jdbc;
        } catch (SQLException | RuntimeException e) {
            jdbc.close();
            throw e;
        }
    }

    @Override
    public PreparedStatement prepare(dev.quiver.grammar.ast.Statement statement) throws SQLException {
        checkOpen();
        return new MilvusPreparedStatementImpl(this, statement);
    }

    // ---- statements ----

    @Override
    public Statement createStatement() throws SQLException {
        checkOpen();
        return new MilvusStatementImpl(this);
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency) throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency);
        return createStatement();
    }

    @Override
    public Statement createStatement(int resultSetType, int resultSetConcurrency, int resultSetHoldability)
            throws SQLException {
        return createStatement(resultSetType, resultSetConcurrency);
    }

    @Override
    public PreparedStatement prepareStatement(String sql) throws SQLException {
        checkOpen();
        return new MilvusPreparedStatementImpl(this, sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency)
            throws SQLException {
        checkResultSetOptions(resultSetType, resultSetConcurrency);
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int resultSetType, int resultSetConcurrency,
                                              int resultSetHoldability) throws SQLException {
        return prepareStatement(sql, resultSetType, resultSetConcurrency);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int autoGeneratedKeys) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, int[] columnIndexes) throws SQLException {
        return prepareStatement(sql);
    }

    @Override
    public PreparedStatement prepareStatement(String sql, String[] columnNames) throws SQLException {
        return prepareStatement(sql);
    }

    private void checkResultSetOptions(int type, int concurrency) throws SQLException {
        checkOpen();
        if (type != ResultSet.TYPE_FORWARD_ONLY) {
            throw SqlExceptions.notSupported("only TYPE_FORWARD_ONLY result sets are supported");
        }
        if (concurrency != ResultSet.CONCUR_READ_ONLY) {
            throw SqlExceptions.notSupported("only CONCUR_READ_ONLY result sets are supported");
        }
    }

    @Override
    public CallableStatement prepareCall(String sql) throws SQLException {
        throw SqlExceptions.notSupported("Milvus has no stored procedures (prepareCall)");
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public CallableStatement prepareCall(String sql, int resultSetType, int resultSetConcurrency,
                                         int resultSetHoldability) throws SQLException {
        return prepareCall(sql);
    }

    @Override
    public String nativeSQL(String sql) throws SQLException {
        checkOpen();
        return sql;
    }

    // ---- transactions: auto-commit only ----

    @Override
    public void setAutoCommit(boolean autoCommit) throws SQLException {
        checkOpen();
        if (!autoCommit) {
            throw SqlExceptions.create(MilvusSqlState.FEATURE_NOT_SUPPORTED,
                    "Milvus has no transactions: only auto-commit mode is supported (setAutoCommit(false) refused)");
        }
    }

    @Override
    public boolean getAutoCommit() throws SQLException {
        checkOpen();
        return true;
    }

    @Override
    public void commit() throws SQLException {
        checkOpen();
        throw SqlExceptions.create(MilvusSqlState.INVALID_TRANSACTION_STATE,
                "commit() is not allowed in auto-commit mode (Milvus has no transactions)");
    }

    @Override
    public void rollback() throws SQLException {
        checkOpen();
        throw SqlExceptions.create(MilvusSqlState.INVALID_TRANSACTION_STATE,
                "rollback() is not allowed in auto-commit mode (Milvus has no transactions)");
    }

    @Override
    public void rollback(Savepoint savepoint) throws SQLException {
        rollback();
    }

    @Override
    public Savepoint setSavepoint() throws SQLException {
        throw SqlExceptions.notSupported("Milvus has no transactions (savepoints)");
    }

    @Override
    public Savepoint setSavepoint(String name) throws SQLException {
        return setSavepoint();
    }

    @Override
    public void releaseSavepoint(Savepoint savepoint) throws SQLException {
        throw SqlExceptions.notSupported("Milvus has no transactions (savepoints)");
    }

    @Override
    public void setTransactionIsolation(int level) throws SQLException {
        checkOpen();
        transactionIsolation = level;
    }

    @Override
    public int getTransactionIsolation() throws SQLException {
        checkOpen();
        return transactionIsolation;
    }

    @Override
    public void setReadOnly(boolean readOnly) throws SQLException {
        checkOpen();
        this.readOnly = readOnly;
    }

    @Override
    public boolean isReadOnly() throws SQLException {
        checkOpen();
        return readOnly;
    }

    // ---- catalog = database ----

    @Override
    public void setCatalog(String catalog) throws SQLException {
        useDatabase(catalog);
    }

    @Override
    public String getCatalog() throws SQLException {
        return getDatabase();
    }

    @Override
    public void setSchema(String schema) throws SQLException {
        checkOpen();
    }

    @Override
    public @Nullable String getSchema() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public DatabaseMetaData getMetaData() throws SQLException {
        checkOpen();
        return new MilvusDatabaseMetaData(this, facade);
    }

    // ---- lifecycle ----

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeStatements();
        transport.close();
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public void abort(Executor executor) throws SQLException {
        if (executor == null) {
            throw SqlExceptions.invalidValue("abort needs an executor");
        }
        for (MilvusStatementImpl s : statements) {
            s.cancelQuietly();
        }
        executor.execute(this::close);
        closed = true;
    }

    @Override
    public boolean isValid(int timeout) throws SQLException {
        if (timeout < 0) {
            throw SqlExceptions.invalidValue("isValid timeout must be >= 0, got " + timeout);
        }
        if (closed || !transport.looksHealthy()) {
            return false;
        }
        try {
            CheckHealthResponse health = session.invoker().call(
                    new CallScope(timeout == 0 ? null : Duration.ofSeconds(timeout)),
                    MilvusServiceGrpc.getCheckHealthMethod(), CheckHealthRequest.getDefaultInstance());
            return health.getIsHealthy();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * Caps the deadline of every RPC this connection sends (statements, metadata, handshake-free calls such as
     * {@link #isValid}) at {@code milliseconds}: an RPC that gets no answer within it fails with a
     * {@link java.sql.SQLTimeoutException} saying {@code networkTimeout}, even when the statement's own timeout is
     * longer or absent. 0 removes the cap. Reset to 0 when a pooled connection is returned. The executor is not
     * used: gRPC enforces the deadline.
     */
    @Override
    public void setNetworkTimeout(Executor executor, int milliseconds) throws SQLException {
        checkOpen();
        if (milliseconds < 0) {
            throw SqlExceptions.invalidValue("network timeout must be >= 0, got " + milliseconds);
        }
        networkTimeoutMillis = milliseconds;
        session.invoker().networkTimeout(Duration.ofMillis(milliseconds));
    }

    @Override
    public int getNetworkTimeout() throws SQLException {
        checkOpen();
        return networkTimeoutMillis;
    }

    // ---- misc ----

    @Override
    public @Nullable SQLWarning getWarnings() throws SQLException {
        checkOpen();
        return null;
    }

    @Override
    public void clearWarnings() throws SQLException {
        checkOpen();
    }

    @Override
    public Map<String, Class<?>> getTypeMap() throws SQLException {
        checkOpen();
        return Map.of();
    }

    @Override
    public void setTypeMap(Map<String, Class<?>> map) throws SQLException {
        checkOpen();
    }

    @Override
    public void setHoldability(int holdability) throws SQLException {
        checkOpen();
        this.holdability = holdability;
    }

    @Override
    public int getHoldability() throws SQLException {
        checkOpen();
        return holdability;
    }

    @Override
    public Clob createClob() throws SQLException {
        throw SqlExceptions.notSupported("Milvus has no CLOB values");
    }

    @Override
    public Blob createBlob() throws SQLException {
        throw SqlExceptions.notSupported("Milvus has no BLOB values");
    }

    @Override
    public NClob createNClob() throws SQLException {
        throw SqlExceptions.notSupported("Milvus has no NCLOB values");
    }

    @Override
    public SQLXML createSQLXML() throws SQLException {
        throw SqlExceptions.notSupported("Milvus has no XML values");
    }

    @Override
    public Struct createStruct(String typeName, Object[] attributes) throws SQLException {
        throw SqlExceptions.notSupported("Milvus has no STRUCT values");
    }

    @Override
    public Array createArrayOf(String typeName, Object[] elements) throws SQLException {
        checkOpen();
        return ListArray.of(Arrays.asList(elements), ColumnType.of(dev.quiver.proto.milvus.DataType.Array, 0, null));
    }

    @Override
    public void setClientInfo(String name, String value) throws SQLClientInfoException {
        if (value == null) {
            clientInfo.remove(name);
        } else {
            clientInfo.setProperty(name, value);
        }
    }

    @Override
    public void setClientInfo(Properties properties) throws SQLClientInfoException {
        clientInfo.clear();
        clientInfo.putAll(properties);
    }

    @Override
    public @Nullable String getClientInfo(String name) throws SQLException {
        checkOpen();
        return clientInfo.getProperty(name);
    }

    @Override
    public Properties getClientInfo() throws SQLException {
        checkOpen();
        Properties copy = new Properties();
        copy.putAll(clientInfo);
        return copy;
    }

    @Override
    public String toString() {
        return "MilvusConnection[" + transport.describe() + ", database=" + session.database()
                + (closed ? ", closed" : "") + "]";
    }
}
