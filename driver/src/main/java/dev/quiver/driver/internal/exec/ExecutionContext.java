package dev.quiver.driver.internal.exec;

import dev.quiver.driver.WaitListener;
import dev.quiver.driver.WaitProgress;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.rpc.CallScope;
import dev.quiver.driver.internal.rpc.RpcInvoker;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Parameter;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import io.grpc.Channel;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link StatementHandler} sees of the session while it executes one statement: the RPC entry points
 * bound to this execution's deadline and cancellation ({@link #call}, {@link #callRaw}, {@link #waitUntil}), the
 * current database, settings and their defaults, the bound parameters, the schema cache and the last write
 * timestamps, and the result-set hints (fetch size, max rows). Created per execution by the statement; not
 * shared between threads except for {@link CallScope#cancel()}.
 */
public final class ExecutionContext {
    private static final Duration DEFAULT_FIRST_PAUSE = Duration.ofMillis(50);
    private static final Duration DEFAULT_MAX_PAUSE = Duration.ofSeconds(1);

    private final Session session;
    private final CallScope scope;
    private final ParameterBindings parameters;
    private final int fetchSize;
    private final long maxRows;
    private final @Nullable WaitListener waitListener;

    public ExecutionContext(Session session, CallScope scope, ParameterBindings parameters, int fetchSize, long maxRows) {
        this(session, scope, parameters, fetchSize, maxRows, null);
    }

    /** @param waitListener told how the waits of this execution go, or null */
    public ExecutionContext(Session session, CallScope scope, ParameterBindings parameters, int fetchSize, long maxRows,
                            @Nullable WaitListener waitListener) {
        this.session = session;
        this.scope = scope;
        this.parameters = parameters;
        this.fetchSize = fetchSize;
        this.maxRows = maxRows;
        this.waitListener = waitListener;
    }

    /** The same execution with other bound values (one batch entry). */
    public ExecutionContext withParameters(ParameterBindings bindings) {
        return new ExecutionContext(session, scope, bindings, fetchSize, maxRows, waitListener);
    }

    /** Whether someone listens to the progress of this execution's waits (then a wait may ask for more detail). */
    public boolean waitWatched() {
        return waitListener != null;
    }

    /** Tells the statement's {@link WaitListener}, if any, how far a wait got. */
    public void waitProgress(String waitingFor, long done, long total, WaitProgress.Unit unit) {
        WaitListener listener = waitListener;
        if (listener != null) {
            listener.waiting(new WaitProgress(waitingFor, done, total, unit));
        }
    }

    public Session session() {
        return session;
    }

    public ConnectionConfig config() {
        return session.config();
    }

    /** This execution's deadline and cancellation. */
    public CallScope scope() {
        return scope;
    }

    /** The statement's timeout (TIMEOUT clause, setQueryTimeout, SET timeout or queryTimeout), null for none. */
    public @Nullable Duration timeout() {
        return scope.timeout();
    }

    /** Sends an RPC (retries, deadline, cancel) and returns its response, or throws when its status failed. */
    public <Q, R> R call(MethodDescriptor<Q, R> method, Q request) throws SQLException {
        return session.invoker().call(scope, method, request);
    }

    /** Sends an RPC and returns the response whatever its Milvus status (the handler inspects it). */
    public <Q, R> R callRaw(MethodDescriptor<Q, R> method, Q request) throws SQLException {
        return session.invoker().callRaw(scope, method, request);
    }

    /** Polls until done with back-off from 50ms up to 1s, bounded by the statement's deadline. */
    public <T extends @Nullable Object> T waitUntil(String what, RpcInvoker.Poll<T> poll, Predicate<? super T> done)
            throws SQLException {
        return session.invoker().waitUntil(scope, what, poll, done, DEFAULT_FIRST_PAUSE, DEFAULT_MAX_PAUSE);
    }

    /** Polls until done with the given back-off, bounded by the statement's deadline. */
    public <T extends @Nullable Object> T waitUntil(String what, RpcInvoker.Poll<T> poll, Predicate<? super T> done,
                                                    Duration firstPause, Duration maxPause)
            throws SQLException {
        return session.invoker().waitUntil(scope, what, poll, done, firstPause, maxPause);
    }

    /** The channel with this session's headers, for handlers that need a stub (no retries or cancel then). */
    public Channel channel() {
        return session.invoker().channel();
    }

    /** A blocking stub with this execution's deadline (no retries, no cancel: prefer {@link #call}). */
    public MilvusServiceGrpc.MilvusServiceBlockingStub blockingStub() {
        MilvusServiceGrpc.MilvusServiceBlockingStub stub = MilvusServiceGrpc.newBlockingStub(channel());
        Duration left = scope.remaining();
        return left == null ? stub : stub.withDeadlineAfter(Math.max(1, left.toNanos()), java.util.concurrent.TimeUnit.NANOSECONDS);
    }

    /** The current database. */
    public String database() {
        return session.database();
    }

    /** Makes {@code database} current (validate it exists first). */
    public void useDatabase(String database) {
        session.database(database);
    }

    public SessionSettings settings() {
        return session.settings();
    }

    /** The consistency level for reads without their own: SET consistency_level, else the property; null = the collection's. */
    public @Nullable String consistencyLevel() {
        return session.settings().consistencyLevel();
    }

    /** Whether LOAD waits when the statement does not say NOWAIT. */
    public boolean loadWait() {
        return session.settings().loadWait();
    }

    /** Whether FLUSH waits when the statement does not say NOWAIT. */
    public boolean flushWait() {
        return session.settings().flushWait();
    }

    /** The bound values of this execution (one batch entry in {@link StatementHandler#executeBatch}). */
    public ParameterBindings parameters() {
        return parameters;
    }

    /** {@code expression} with the parameters inside it replaced by the literals of their bound values. */
    public Expression bound(Expression expression) throws SQLException {
        return parameters.bind(expression);
    }

    /** {@link #bound(Expression)}, passing null through. */
    public @Nullable Expression boundOrNull(@Nullable Expression expression) throws SQLException {
        return expression == null ? null : parameters.bind(expression);
    }

    /** {@code properties} with their values {@link #bound(Expression) bound}; the list itself when none changes. */
    public List<Property> bound(List<Property> properties) throws SQLException {
        return parameters.bind(properties);
    }

    /** The Java value bound to {@code parameter} (see {@link ValueLiterals} for the classes). */
    public @Nullable Object parameterValue(Parameter parameter) throws SQLException {
        return parameters.value(parameter);
    }

    public SchemaCache schemas() {
        return session.schemas();
    }

    public WriteTimestamps writes() {
        return session.writes();
    }

    /** The DescribeCollection response of {@code collection} in the current database, from the schema cache. */
    public DescribeCollectionResponse describeCollection(String collection) throws SQLException {
        String db = database();
        return session.schemas().get(db, collection, () -> call(MilvusServiceGrpc.getDescribeCollectionMethod(),
                DescribeCollectionRequest.newBuilder().setDbName(db).setCollectionName(collection).build()));
    }

    /** The page size hint for streamed results ({@code setFetchSize}); 0 = the handler's default. */
    public int fetchSize() {
        return fetchSize;
    }

    /** The row limit ({@code setMaxRows}); 0 = none. The result set enforces it; handlers may use it to ask less. */
    public long maxRows() {
        return maxRows;
    }
}
