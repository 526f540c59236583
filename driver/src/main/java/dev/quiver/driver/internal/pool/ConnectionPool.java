package dev.quiver.driver.internal.pool;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.PoolMetrics;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.config.Durations;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.commons.pool2.BaseKeyedPooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.EvictionConfig;
import org.apache.commons.pool2.impl.EvictionPolicy;
import org.apache.commons.pool2.impl.GenericKeyedObjectPool;
import org.apache.commons.pool2.impl.GenericKeyedObjectPoolConfig;
import org.jspecify.annotations.Nullable;

/**
 * A commons-pool2 keyed pool of physical connections; the key is the credentials ({@link PoolKey}), so
 * {@code getConnection(user, password)} gets its own sub-pool. Borrowing validates cheaply (closed flag, channel
 * state, lifetime; CheckHealth only after {@code validationInterval} idle); returning resets the session
 * (statements closed, database and settings back to the configuration); the evictor closes connections idle
 * longer than {@code idleTimeout} or older than {@code maxLifetime}. Thread-safe.
 */
public final class ConnectionPool implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ConnectionPool.class.getName());
    private static final ScheduledExecutorService LEAK_TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quiver-pool-leak-detector");
        t.setDaemon(true);
        return t;
    });

    /** Test hook: receives every leak report (message and the borrower's stack) in addition to the log. */
    static volatile @Nullable Consumer<LeakReport> leakListener;

    /** A leaked connection: what is logged, and where it was borrowed. */
    record LeakReport(String message, Throwable borrowedAt) {}

    private final PoolSettings settings;
    private final GenericKeyedObjectPool<PoolKey, MilvusConnectionImpl> pool;
    private final PoolKey defaultKey;
    private final AtomicReference<SQLException> lastCreationFailure = new AtomicReference<>();

    public ConnectionPool(PoolSettings settings) {
        this.settings = settings;
        ConnectionConfig config = settings.config();
        this.defaultKey = new PoolKey(config.string(ConnectionProperty.USER), config.string(ConnectionProperty.PASSWORD));
        GenericKeyedObjectPoolConfig<MilvusConnectionImpl> poolConfig = new GenericKeyedObjectPoolConfig<>();
        poolConfig.setJmxEnabled(false);
        poolConfig.setMaxTotalPerKey(settings.maxSize());
        poolConfig.setMaxIdlePerKey(settings.maxSize());
        poolConfig.setMinIdlePerKey(settings.minIdle());
        poolConfig.setMaxTotal(-1);
        poolConfig.setBlockWhenExhausted(true);
        poolConfig.setMaxWait(settings.maxWait());
        poolConfig.setTestOnBorrow(true);
        poolConfig.setTestOnCreate(false);
        poolConfig.setTestWhileIdle(false);
        poolConfig.setLifo(true);
        poolConfig.setNumTestsPerEvictionRun(Integer.MAX_VALUE);
        poolConfig.setTimeBetweenEvictionRuns(settings.evictionInterval());
        poolConfig.setEvictionPolicy(new LifetimePolicy(settings.idleTimeout(), settings.maxLifetime()));
        this.pool = new GenericKeyedObjectPool<>(new Factory(), poolConfig);
    }

    public PoolSettings settings() {
        return settings;
    }

    /** Borrows a connection for the configured credentials. */
    public Connection borrow() throws SQLException {
        return borrow(defaultKey);
    }

    /** Borrows a connection for other credentials (its own sub-pool). */
    public Connection borrow(@Nullable String user, @Nullable String password) throws SQLException {
        return borrow(new PoolKey(user, password));
    }

    private Connection borrow(PoolKey key) throws SQLException {
        MilvusConnectionImpl physical;
        try {
            physical = pool.borrowObject(key, settings.maxWait().toMillis());
        } catch (NoSuchElementException e) {
            throw exhausted(e);
        } catch (SQLException e) {
            lastCreationFailure.set(e);
            throw e;
        } catch (IllegalStateException e) {
            throw SqlExceptions.create(MilvusSqlState.CONNECTION_CLOSED, "the connection pool is closed", 0, e);
        } catch (Exception e) {
            throw SqlExceptions.create(MilvusSqlState.CONNECTION_REFUSED, "cannot create a pooled connection: "
                    + e.getMessage(), 0, e);
        }
        PooledConnectionHandle handle = new PooledConnectionHandle(physical, h -> giveBack(key, h));
        physical.facade(handle.proxy());
        if (!settings.leakDetectionThreshold().isZero()) {
            Throwable borrowedAt = new Throwable("connection borrowed here by thread " + Thread.currentThread().getName());
            ScheduledFuture<?> timer = LEAK_TIMER.schedule(() -> reportLeak(handle, borrowedAt),
                    settings.leakDetectionThreshold().toMillis(), TimeUnit.MILLISECONDS);
            handle.leakTimer(timer);
        }
        return handle.proxy();
    }

    private void reportLeak(PooledConnectionHandle handle, Throwable borrowedAt) {
        if (handle.isReturned()) {
            return;
        }
        String message = "possible connection leak: a connection to " + settings.config().endpoint().describe()
                + " has been held for more than " + Durations.format(settings.leakDetectionThreshold())
                + " without being closed";
        LOG.log(System.Logger.Level.WARNING, message, borrowedAt);
        Consumer<LeakReport> listener = leakListener;
        if (listener != null) {
            listener.accept(new LeakReport(message, borrowedAt));
        }
    }

    private void giveBack(PoolKey key, PooledConnectionHandle handle) {
        MilvusConnectionImpl physical = handle.physical();
        physical.facade(physical);
        try {
            if (physical.isClosed()) {
                pool.invalidateObject(key, physical);
            } else {
                pool.returnObject(key, physical);
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "returning a pooled connection failed", e);
        }
    }

    private SQLException exhausted(NoSuchElementException e) {
        PoolMetrics m = metrics();
        SQLException last = lastCreationFailure.get();
        String message = "connection pool exhausted: no connection available within "
                + Durations.format(settings.maxWait()) + " (active=" + m.active() + ", idle=" + m.idle()
                + ", waiting=" + m.waiting() + ", maxSize=" + settings.maxSize() + " per user)"
                + (last == null ? "" : "; last connection failure: " + last.getMessage());
        SQLException error = SqlExceptions.create(MilvusSqlState.POOL_EXHAUSTED, message, 0, last != null ? last : e);
        if (last != null) {
            error.addSuppressed(e);
        }
        return error;
    }

    public PoolMetrics metrics() {
        return new PoolMetrics(pool.getNumActive(), pool.getNumIdle(), pool.getNumWaiters(), pool.getCreatedCount(),
                pool.getDestroyedCount(), pool.getMeanBorrowWaitDuration(), pool.getMaxBorrowWaitDuration());
    }

    /** Runs the evictor once now (tests, and callers that want to shrink the pool immediately). */
    public void evict() throws Exception {
        pool.evict();
    }

    public boolean isClosed() {
        return pool.isClosed();
    }

    @Override
    public void close() {
        pool.close();
    }

    /** Creates, validates, resets and destroys physical connections. */
    private final class Factory extends BaseKeyedPooledObjectFactory<PoolKey, MilvusConnectionImpl> {
        @Override
        public MilvusConnectionImpl create(PoolKey key) throws SQLException {
            ConnectionConfig config = settings.config()
                    .with(ConnectionProperty.USER, key.user())
                    .with(ConnectionProperty.PASSWORD, key.password());
            return MilvusConnectionImpl.open(config, settings.sslContext());
        }

        @Override
        public PooledObject<MilvusConnectionImpl> wrap(MilvusConnectionImpl connection) {
            return new DefaultPooledObject<>(connection);
        }

        @Override
        public boolean validateObject(PoolKey key, PooledObject<MilvusConnectionImpl> p) {
            MilvusConnectionImpl connection = p.getObject();
            if (!connection.looksHealthy() || tooOld(p, settings.maxLifetime())) {
                return false;
            }
            Duration interval = settings.validationInterval();
            if (!interval.isZero() && p.getIdleDuration().compareTo(interval) >= 0) {
                try {
                    return connection.isValid(5);
                } catch (SQLException e) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void passivateObject(PoolKey key, PooledObject<MilvusConnectionImpl> p) throws SQLException {
            p.getObject().resetSession();
        }

        @Override
        public void destroyObject(PoolKey key, PooledObject<MilvusConnectionImpl> p) {
            p.getObject().close();
        }
    }

    static boolean tooOld(PooledObject<?> p, Duration maxLifetime) {
        return !maxLifetime.isZero() && Duration.between(p.getCreateInstant(), Instant.now()).compareTo(maxLifetime) >= 0;
    }

    /** Evicts idle connections past {@code idleTimeout} and any connection past {@code maxLifetime}. */
    private record LifetimePolicy(Duration idleTimeout, Duration maxLifetime) implements EvictionPolicy<MilvusConnectionImpl> {
        @Override
        public boolean evict(EvictionConfig config, PooledObject<MilvusConnectionImpl> underTest, int idleCount) {
            boolean idleTooLong = !idleTimeout.isZero() && underTest.getIdleDuration().compareTo(idleTimeout) >= 0;
            return idleTooLong || tooOld(underTest, maxLifetime);
        }
    }

    /** Credentials of a sub-pool; {@code toString} never shows the password. */
    record PoolKey(@Nullable String user, @Nullable String password) {
        @Override
        public String toString() {
            return "PoolKey[user=" + user + ", password=" + (password == null ? "none" : "***") + "]";
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof PoolKey k && Objects.equals(user, k.user) && Objects.equals(password, k.password);
        }

        @Override
        public int hashCode() {
            return Objects.hash(user, password);
        }
    }
}
