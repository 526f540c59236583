package dev.quiver.driver.internal.pool;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import java.sql.SQLException;
import java.util.NoSuchElementException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.apache.commons.pool2.impl.GenericObjectPool;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.jspecify.annotations.Nullable;

/**
 * Borrowing and handoff for one credentials' connections: a commons-pool2 {@link GenericObjectPool} (which
 * creates, limits, validates, evicts and destroys them) fronted by a lock-free cache of idle, already-reset
 * connections, one slot per connection the pool may hold. Cached connections stay borrowed from commons-pool2's
 * point of view: borrowing one is a compare-and-set, returning one a store.
 *
 * <p>No borrower polls. A borrower that finds the cache empty announces itself in {@link #waiters} and looks
 * at the cache once more before it blocks in commons-pool2; a return first puts the connection in the cache and
 * then, if anyone has announced themselves, moves a cached connection into commons-pool2, which hands it to the
 * blocked borrower. As both sides write before they read, a returned connection is always either seen by the
 * borrower's second look or handed to it.
 */
final class SubPool {
    private static final System.Logger LOG = System.getLogger(ConnectionPool.class.getName());

    private final PoolSettings settings;
    private final ConnectionFactory factory;
    private final GenericObjectPool<MilvusConnectionImpl> pool;
    private final AtomicReferenceArray<@Nullable TimedConnection> cache;
    private final AtomicInteger waiters = new AtomicInteger();
    private volatile boolean closed;

    SubPool(PoolSettings settings, ConnectionPool.PoolKey key, LongSupplier clock) {
        this.settings = settings;
        this.factory = new ConnectionFactory(settings, key, clock);
        this.pool = new GenericObjectPool<>(factory, config(settings));
        this.cache = new AtomicReferenceArray<>(settings.maxSize());
    }

    private static GenericObjectPoolConfig<MilvusConnectionImpl> config(PoolSettings settings) {
        GenericObjectPoolConfig<MilvusConnectionImpl> config = new GenericObjectPoolConfig<>();
        config.setJmxEnabled(false);
        config.setMaxTotal(settings.maxSize());
        config.setMaxIdle(settings.maxSize());
        config.setMinIdle(settings.minIdle());
        config.setBlockWhenExhausted(true);
        config.setMaxWait(settings.maxWait());
        config.setTestOnBorrow(true);
        config.setTestOnCreate(false);
        config.setTestWhileIdle(false);
        config.setLifo(true);
        config.setNumTestsPerEvictionRun(Integer.MAX_VALUE);
        // eviction runs on the pool's housekeeping timer, which first drains the idle cache
        config.setTimeBetweenEvictionRuns(java.time.Duration.ofMillis(-1));
        config.setEvictionPolicy(new LifetimePolicy(settings.idleTimeout(), settings.maxLifetime()));
        return config;
    }

    /**
     * A connection within {@code maxWait}: from the cache, else from commons-pool2 (created or handed over).
     *
     * @param exhausted builds the error when none comes in time, after this borrower stopped waiting
     */
    TimedConnection borrow(Function<NoSuchElementException, SQLException> exhausted,
                           Consumer<SQLException> creationFailed) throws SQLException {
        TimedConnection cached = takeCached();
        if (cached != null) {
            return cached;
        }
        NoSuchElementException timedOut;
        waiters.incrementAndGet();
        try {
            cached = takeCached();
            if (cached != null) {
                return cached;
            }
            return factory.timed(pool.borrowObject(settings.maxWait()));
        } catch (NoSuchElementException e) {
            timedOut = e;
        } catch (SQLException e) {
            creationFailed.accept(e);
            throw e;
        } catch (IllegalStateException e) {
            throw SqlExceptions.create(MilvusSqlState.CONNECTION_CLOSED, "the connection pool is closed", 0, e);
        } catch (Exception e) {
            throw SqlExceptions.create(MilvusSqlState.CONNECTION_REFUSED, "cannot create a pooled connection: "
                    + e.getMessage(), 0, e);
        } finally {
            waiters.decrementAndGet();
        }
        throw exhausted.apply(timedOut);
    }

    private @Nullable TimedConnection takeCached() {
        for (int i = 0; i < cache.length(); i++) {
            TimedConnection timed = cache.get(i);
            if (timed != null && cache.compareAndSet(i, timed, null)) {
                if (factory.validateObject(timed)) {
                    return timed;
                }
                invalidate(timed.getObject());
            }
        }
        return null;
    }

    /** A borrower closed its handle: the connection goes to the cache, or to whoever waits for one. */
    void giveBack(TimedConnection timed) {
        MilvusConnectionImpl physical = timed.getObject();
        physical.facade(physical);
        if (physical.isClosed()) {
            invalidate(physical);
            return;
        }
        if (closed || waiters.get() > 0 || !cache(timed)) {
            returnToCommonsPool(physical);
            return;
        }
        if (closed) {
            drainCache();
        } else if (waiters.get() > 0) {
            handOverOne();
        }
    }

    private boolean cache(TimedConnection timed) {
        try {
            timed.getObject().resetSession();
        } catch (SQLException e) {
            invalidate(timed.getObject());
            return true;
        }
        timed.markReturned();
        for (int i = 0; i < cache.length(); i++) {
            if (cache.get(i) == null && cache.compareAndSet(i, null, timed)) {
                return true;
            }
        }
        return false;
    }

    /** Moves one cached connection into commons-pool2, where a blocked borrower receives it. */
    private void handOverOne() {
        for (int i = 0; i < cache.length(); i++) {
            TimedConnection timed = cache.get(i);
            if (timed != null && cache.compareAndSet(i, timed, null)) {
                timed.keepIdleClockOnce();
                returnToCommonsPool(timed.getObject());
                return;
            }
        }
    }

    /** Moves every cached connection into commons-pool2 (before eviction and on close), keeping idle clocks. */
    void drainCache() {
        for (int i = 0; i < cache.length(); i++) {
            TimedConnection timed = cache.get(i);
            if (timed != null && cache.compareAndSet(i, timed, null)) {
                timed.keepIdleClockOnce();
                returnToCommonsPool(timed.getObject());
            }
        }
    }

    /** Housekeeping: drains the cache, evicts what the lifetime policy says, tops up to {@code minIdle}. */
    void evict(boolean refill) throws Exception {
        drainCache();
        pool.evict();
        if (refill) {
            pool.preparePool();
        }
    }

    /** This sub-pool's counters; cached connections count as idle. */
    PoolCounters counters() {
        int cached = 0;
        for (int i = 0; i < cache.length(); i++) {
            if (cache.get(i) != null) {
                cached++;
            }
        }
        return new PoolCounters(Math.max(0, pool.getNumActive() - cached), pool.getNumIdle() + cached,
                waiters.get(), pool.getCreatedCount(), pool.getDestroyedCount(), pool.getBorrowedCount(),
                pool.getMeanBorrowWaitDuration(), pool.getMaxBorrowWaitDuration());
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
        closed = true;
        drainCache();
        pool.close();
    }
}
