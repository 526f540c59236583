package dev.quiver.driver.internal.pool;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.PoolMetrics;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.wire.Durations;
import dev.quiver.driver.internal.error.SqlExceptions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The pool behind {@code PooledMilvusDataSource}: one {@link SubPool} per credentials ({@link PoolKey}), so
 * {@code getConnection(user, password)} gets its own connections. (One plain commons-pool2 pool per key rather
 * than a keyed pool: the keyed pool scans every sub-pool for waiters on each return.) This class routes borrows,
 * wraps connections in handles, sums the metrics and runs housekeeping (eviction every {@code evictionInterval}).
 * The jobs live apart: borrowing and handoff in {@link SubPool}, creation, validation and reset in
 * {@link ConnectionFactory}, the eviction rule in {@link LifetimePolicy}, leak reports in {@link LeakDetector},
 * counters in {@link PoolCounters}. Ages run on an injected nanosecond clock. Thread-safe.
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

    private final PoolSettings settings;
    private final LongSupplier clock;
    private final ConcurrentHashMap<PoolKey, SubPool> pools = new ConcurrentHashMap<>();
    private final PoolKey defaultKey;
    private final SubPool defaultPool;
    private final LeakDetector leaks;
    private final AtomicReference<@Nullable SQLException> lastCreationFailure = new AtomicReference<>();
    private final ScheduledFuture<?> housekeeping;
    private volatile boolean closed;

    /** A pool on {@link System#nanoTime()}. */
    public ConnectionPool(PoolSettings settings) {
        this(settings, System::nanoTime);
    }

    /** A pool whose idle times and ages run on {@code clock} (nanoseconds, as {@link System#nanoTime()}). */
    public ConnectionPool(PoolSettings settings, LongSupplier clock) {
        this.settings = settings;
        this.clock = clock;
        ConnectionConfig config = settings.config();
        this.defaultKey = new PoolKey(config.string(ConnectionProperty.USER), config.string(ConnectionProperty.PASSWORD));
        this.defaultPool = new SubPool(settings, defaultKey, clock);
        pools.put(defaultKey, defaultPool);
        this.leaks = new LeakDetector(settings.leakDetectionThreshold(), config.endpoint().describe(), TIMER,
                report -> {
                    Consumer<LeakReport> listener = leakListener;
                    if (listener != null) {
                        listener.accept(report);
                    }
                });
        long interval = settings.evictionInterval().toMillis();
        this.housekeeping = TIMER.scheduleWithFixedDelay(this::scheduledEviction, interval, interval,
                TimeUnit.MILLISECONDS);
    }

    private SubPool poolFor(PoolKey key) {
        if (key.equals(defaultKey)) {
            return defaultPool;
        }
        SubPool pool = pools.computeIfAbsent(key, k -> new SubPool(settings, k, clock));
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
        TimedConnection lease = pool.borrow(this::exhausted, lastCreationFailure::set);
        PooledConnectionHandle handle = new PooledConnectionHandle(lease.getObject(), h -> pool.giveBack(lease));
        lease.getObject().facade(handle.proxy());
        ScheduledFuture<?> watch = leaks.watch(handle);
        if (watch != null) {
            handle.leakTimer(watch);
        }
        return handle.proxy();
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

    /** Counters summed over every sub-pool; cached connections count as idle. */
    public PoolMetrics metrics() {
        List<PoolCounters> all = new ArrayList<>(pools.size());
        for (SubPool sub : pools.values()) {
            all.add(sub.counters());
        }
        return PoolCounters.sum(all);
    }

    /** Runs the evictor once now (tests, and callers that want to shrink the pool immediately). */
    public void evict() throws Exception {
        for (SubPool pool : pools.values()) {
            pool.evict(false);
        }
    }

    private void scheduledEviction() {
        try {
            for (SubPool pool : pools.values()) {
                pool.evict(true);
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
        housekeeping.cancel(false);
        for (SubPool pool : pools.values()) {
            pool.close();
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
