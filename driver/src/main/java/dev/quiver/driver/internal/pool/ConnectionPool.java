package dev.quiver.driver.internal.pool;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.PoolMetrics;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import dev.quiver.wire.Durations;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.DefaultPooledObject;
import org.apache.commons.pool2.impl.EvictionConfig;
import org.apache.commons.pool2.impl.EvictionPolicy;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.jspecify.annotations.Nullable;

/**
 * commons-pool2 pools of physical connections, one {@link GenericObjectPool} per credentials ({@link PoolKey}), so
 * {@code getConnection(user, password)} gets its own sub-pool. (One plain pool per key rather than a
 * {@code GenericKeyedObjectPool}: the keyed pool scans every sub-pool for waiters on each return.) Ages are
 * measured with {@link System#nanoTime()} rather than {@code Instant}, which is cheaper on the borrow path.
 * Each sub-pool keeps returned, already-reset connections in a lock-free cache in front of commons-pool2
 * ({@link SubPool}): the common borrow is one compare-and-set and the common return one store. Borrowing
 * validates cheaply (closed flag, channel state, lifetime; CheckHealth only after {@code validationInterval}
 * idle); returning resets the session (statements closed, database and settings back to the configuration); the
 * evictor closes connections idle
 * longer than {@code idleTimeout} or older than {@code maxLifetime}. Thread-safe.
 */
public final class ConnectionPool implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ConnectionPool.class.getName());
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "quiver-pool-timer");
        t.setDaemon(true);
        return t;
    });

    /** Test hook: receives every leak report (message and the borrower's stack) in addition to the log. */
    static volatile @Nullable Consumer<LeakReport> leakListener;

    /** A leaked connection: what is logged, and where it was borrowed. */
    record LeakReport(String message, Throwable borrowedAt) {}

    /** How long a borrower blocks in commons-pool2 before looking at the idle caches again. */
    private static final long WAIT_SLICE_MILLIS = 10;

    private final PoolSettings settings;
    private final ConcurrentHashMap<PoolKey, SubPool> pools = new ConcurrentHashMap<>();
    private final PoolKey defaultKey;
    private final SubPool defaultPool;
    private final AtomicReference<SQLException> lastCreationFailure = new AtomicReference<>();
    private final ScheduledFuture<?> evictor;
    private volatile boolean closed;

    public ConnectionPool(PoolSettings settings) {
        this.settings = settings;
        ConnectionConfig config = settings.config();
        this.defaultKey = new PoolKey(config.string(ConnectionProperty.USER), config.string(ConnectionProperty.PASSWORD));
        this.defaultPool = new SubPool(defaultKey);
        pools.put(defaultKey, defaultPool);
        long interval = settings.evictionInterval().toMillis();
        this.evictor = TIMER.scheduleWithFixedDelay(this::scheduledEviction, interval, interval,
                TimeUnit.MILLISECONDS);
    }

    private GenericObjectPool<MilvusConnectionImpl> newPool(Factory factory) {
        GenericObjectPoolConfig<MilvusConnectionImpl> poolConfig = new GenericObjectPoolConfig<>();
        poolConfig.setJmxEnabled(false);
        poolConfig.setMaxTotal(settings.maxSize());
        poolConfig.setMaxIdle(settings.maxSize());
        poolConfig.setMinIdle(settings.minIdle());
        poolConfig.setBlockWhenExhausted(true);
        poolConfig.setMaxWait(settings.maxWait());
        poolConfig.setTestOnBorrow(true);
        poolConfig.setTestOnCreate(false);
        poolConfig.setTestWhileIdle(false);
        poolConfig.setLifo(true);
        poolConfig.setNumTestsPerEvictionRun(Integer.MAX_VALUE);
        // eviction runs on this class's timer, which first drains the idle cache
        poolConfig.setTimeBetweenEvictionRuns(Duration.ofMillis(-1));
        poolConfig.setEvictionPolicy(new LifetimePolicy(settings.idleTimeout(), settings.maxLifetime()));
        return new GenericObjectPool<>(factory, poolConfig);
    }

    private SubPool poolFor(PoolKey key) {
        if (key.equals(defaultKey)) {
            return defaultPool;
        }
        SubPool pool = pools.computeIfAbsent(key, SubPool::new);
        if (closed) {
            pool.close();
        }
        return pool;
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
        if (closed) {
            throw SqlExceptions.create(MilvusSqlState.CONNECTION_CLOSED, "the connection pool is closed");
        }
        SubPool pool = poolFor(key);
        TimedPooledConnection timed = pool.takeCached();
        if (timed == null) {
            timed = pool.borrowFromCommonsPool();
        }
        MilvusConnectionImpl physical = timed.getObject();
        TimedPooledConnection lease = timed;
        PooledConnectionHandle handle = new PooledConnectionHandle(physical, h -> pool.giveBack(lease));
        physical.facade(handle.proxy());
        if (!settings.leakDetectionThreshold().isZero()) {
            Throwable borrowedAt = new Throwable("connection borrowed here by thread " + Thread.currentThread().getName());
            ScheduledFuture<?> timer = TIMER.schedule(() -> reportLeak(handle, borrowedAt),
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

    /**
     * Counters summed over every sub-pool; cached connections count as idle. The borrow wait times are those of
     * borrows that reached commons-pool2 (a borrow served by the idle cache does not wait).
     */
    public PoolMetrics metrics() {
        int active = 0;
        int idle = 0;
        int waiting = 0;
        long created = 0;
        long destroyed = 0;
        long borrowed = 0;
        double weightedMeanNanos = 0;
        Duration maxWait = Duration.ZERO;
        for (SubPool sub : pools.values()) {
            GenericObjectPool<MilvusConnectionImpl> pool = sub.pool;
            int cached = sub.cachedCount();
            active += Math.max(0, pool.getNumActive() - cached);
            idle += pool.getNumIdle() + cached;
            waiting += pool.getNumWaiters();
            created += pool.getCreatedCount();
            destroyed += pool.getDestroyedCount();
            long n = pool.getBorrowedCount();
            borrowed += n;
            weightedMeanNanos += (double) n * pool.getMeanBorrowWaitDuration().toNanos();
            Duration max = pool.getMaxBorrowWaitDuration();
            if (max.compareTo(maxWait) > 0) {
                maxWait = max;
            }
        }
        Duration mean = borrowed == 0 ? Duration.ZERO : Duration.ofNanos((long) (weightedMeanNanos / borrowed));
        return new PoolMetrics(active, idle, waiting, created, destroyed, mean, maxWait);
    }

    /** Runs the evictor once now (tests, and callers that want to shrink the pool immediately). */
    public void evict() throws Exception {
        for (SubPool pool : pools.values()) {
            pool.drainCache();
            pool.pool.evict();
        }
    }

    private void scheduledEviction() {
        try {
            evict();
            for (SubPool pool : pools.values()) {
                pool.pool.preparePool();
            }
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "pool eviction failed", e);
        }
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        evictor.cancel(false);
        for (SubPool pool : pools.values()) {
            pool.close();
        }
    }

    /**
     * One credentials' connections: a commons-pool2 {@link GenericObjectPool}, which creates, limits, validates,
     * evicts and destroys them, fronted by a lock-free cache of idle, already-reset connections (one slot per
     * connection the pool may hold). Cached connections stay borrowed from commons-pool2's point of view;
     * borrowing one is a compare-and-set, returning one a store. A return goes to commons-pool2 instead whenever
     * a borrower waits there, and a waiting borrower looks at the cache again every {@value #WAIT_SLICE_MILLIS}
     * ms, so the cache never hides a connection from a borrower. The evictor drains the cache into commons-pool2
     * (keeping each connection's idle clock) before it runs, and closing drains it too.
     */
    private final class SubPool {
        final GenericObjectPool<MilvusConnectionImpl> pool;
        private final Factory factory;
        private final AtomicReferenceArray<@Nullable TimedPooledConnection> cache;

        SubPool(PoolKey key) {
            this.factory = new Factory(key);
            this.pool = newPool(factory);
            this.cache = new AtomicReferenceArray<>(settings.maxSize());
        }

        @Nullable TimedPooledConnection takeCached() {
            for (int i = 0; i < cache.length(); i++) {
                TimedPooledConnection timed = cache.get(i);
                if (timed != null && cache.compareAndSet(i, timed, null)) {
                    if (factory.isUsable(timed)) {
                        return timed;
                    }
                    invalidate(timed.getObject());
                }
            }
            return null;
        }

        TimedPooledConnection borrowFromCommonsPool() throws SQLException {
            long deadline = System.nanoTime() + settings.maxWait().toNanos();
            while (true) {
                long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                try {
                    MilvusConnectionImpl physical = pool.borrowObject(Math.max(0, Math.min(remainingMillis,
                            WAIT_SLICE_MILLIS)));
                    return factory.timed(physical);
                } catch (NoSuchElementException e) {
                    TimedPooledConnection cached = takeCached();
                    if (cached != null) {
                        return cached;
                    }
                    if (System.nanoTime() - deadline >= 0) {
                        throw exhausted(e);
                    }
                } catch (SQLException e) {
                    lastCreationFailure.set(e);
                    throw e;
                } catch (IllegalStateException e) {
                    throw SqlExceptions.create(MilvusSqlState.CONNECTION_CLOSED, "the connection pool is closed", 0, e);
                } catch (Exception e) {
                    throw SqlExceptions.create(MilvusSqlState.CONNECTION_REFUSED, "cannot create a pooled connection: "
                            + e.getMessage(), 0, e);
                }
            }
        }

        void giveBack(TimedPooledConnection timed) {
            MilvusConnectionImpl physical = timed.getObject();
            physical.facade(physical);
            if (physical.isClosed()) {
                invalidate(physical);
                return;
            }
            if (closed || pool.getNumWaiters() > 0 || !cache(timed)) {
                returnToCommonsPool(physical);
            } else if (closed) {
                drainCache();
            }
        }

        private boolean cache(TimedPooledConnection timed) {
            try {
                timed.getObject().resetSession();
            } catch (SQLException e) {
                invalidate(timed.getObject());
                return true;
            }
            timed.returnedNanos = System.nanoTime();
            for (int i = 0; i < cache.length(); i++) {
                if (cache.get(i) == null && cache.compareAndSet(i, null, timed)) {
                    return true;
                }
            }
            return false;
        }

        int cachedCount() {
            int count = 0;
            for (int i = 0; i < cache.length(); i++) {
                if (cache.get(i) != null) {
                    count++;
                }
            }
            return count;
        }

        void drainCache() {
            for (int i = 0; i < cache.length(); i++) {
                TimedPooledConnection timed = cache.get(i);
                if (timed != null && cache.compareAndSet(i, timed, null)) {
                    timed.keepIdleClock = true;
                    returnToCommonsPool(timed.getObject());
                }
            }
        }

        private void returnToCommonsPool(MilvusConnectionImpl physical) {
            try {
                pool.returnObject(physical);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "returning a pooled connection failed", e);
            }
        }

        private void invalidate(MilvusConnectionImpl physical) {
            try {
                pool.invalidateObject(physical);
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "invalidating a pooled connection failed", e);
            }
        }

        void close() {
            drainCache();
            pool.close();
        }
    }

    /** Creates, validates, resets and destroys the physical connections of one sub-pool. */
    private final class Factory extends BasePooledObjectFactory<MilvusConnectionImpl> {
        private final PoolKey key;
        private final ConcurrentHashMap<MilvusConnectionImpl, TimedPooledConnection> wrappers = new ConcurrentHashMap<>();

        Factory(PoolKey key) {
            this.key = key;
        }

        TimedPooledConnection timed(MilvusConnectionImpl physical) {
            TimedPooledConnection timed = wrappers.get(physical);
            if (timed == null) {
                throw new IllegalStateException("a connection the pool did not create: " + physical);
            }
            return timed;
        }

        boolean isUsable(TimedPooledConnection timed) {
            return validateObject(timed);
        }

        @Override
        public MilvusConnectionImpl create() throws SQLException {
            ConnectionConfig config = settings.config()
                    .with(ConnectionProperty.USER, key.user())
                    .with(ConnectionProperty.PASSWORD, key.password());
            return MilvusConnectionImpl.open(config, settings.sslContext());
        }

        @Override
        public PooledObject<MilvusConnectionImpl> wrap(MilvusConnectionImpl connection) {
            TimedPooledConnection timed = new TimedPooledConnection(connection);
            wrappers.put(connection, timed);
            return timed;
        }

        @Override
        public boolean validateObject(PooledObject<MilvusConnectionImpl> p) {
            MilvusConnectionImpl connection = p.getObject();
            if (!connection.looksHealthy() || tooOld(p, settings.maxLifetime())) {
                return false;
            }
            Duration interval = settings.validationInterval();
            if (!interval.isZero() && idleNanos(p) >= interval.toNanos()) {
                try {
                    return connection.isValid(5);
                } catch (SQLException e) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void passivateObject(PooledObject<MilvusConnectionImpl> p) throws SQLException {
            p.getObject().resetSession();
            if (p instanceof TimedPooledConnection timed) {
                if (timed.keepIdleClock) {
                    timed.keepIdleClock = false;
                } else {
                    timed.returnedNanos = System.nanoTime();
                }
            }
        }

        @Override
        public void destroyObject(PooledObject<MilvusConnectionImpl> p) {
            wrappers.remove(p.getObject());
            p.getObject().close();
        }
    }

    /** A pooled connection that remembers its creation and last return on the {@link System#nanoTime()} clock. */
    private static final class TimedPooledConnection extends DefaultPooledObject<MilvusConnectionImpl> {
        final long createdNanos = System.nanoTime();
        volatile long returnedNanos = createdNanos;
        /** Set while the cache hands the connection back to commons-pool2: the idle time started when cached. */
        volatile boolean keepIdleClock;

        TimedPooledConnection(MilvusConnectionImpl connection) {
            super(connection);
        }
    }

    private static long idleNanos(PooledObject<?> p) {
        if (p instanceof TimedPooledConnection timed) {
            return System.nanoTime() - timed.returnedNanos;
        }
        return p.getIdleDuration().toNanos();
    }

    static boolean tooOld(PooledObject<?> p, Duration maxLifetime) {
        if (maxLifetime.isZero()) {
            return false;
        }
        long ageNanos = p instanceof TimedPooledConnection timed
                ? System.nanoTime() - timed.createdNanos
                : Duration.between(p.getCreateInstant(), Instant.now()).toNanos();
        return ageNanos >= maxLifetime.toNanos();
    }

    /** Evicts idle connections past {@code idleTimeout} and any connection past {@code maxLifetime}. */
    private record LifetimePolicy(Duration idleTimeout, Duration maxLifetime) implements EvictionPolicy<MilvusConnectionImpl> {
        @Override
        public boolean evict(EvictionConfig config, PooledObject<MilvusConnectionImpl> underTest, int idleCount) {
            boolean idleTooLong = !idleTimeout.isZero() && idleNanos(underTest) >= idleTimeout.toNanos();
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
