package dev.quiver.driver.internal.pool;

import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import java.time.Duration;
import java.util.function.LongSupplier;
import org.apache.commons.pool2.impl.DefaultPooledObject;

/**
 * A pooled physical connection that remembers its creation and its last return on the pool's nanosecond clock
 * (injected, so that tests move time instead of sleeping; {@link System#nanoTime()} otherwise).
 */
final class TimedConnection extends DefaultPooledObject<MilvusConnectionImpl> {
    private final LongSupplier clock;
    private final long createdNanos;
    private volatile long returnedNanos;
    /** Set while the idle cache hands the connection to commons-pool2: its idle time began when it was cached. */
    private volatile boolean keepIdleClock;

    TimedConnection(MilvusConnectionImpl connection, LongSupplier clock) {
        super(connection);
        this.clock = clock;
        this.createdNanos = clock.getAsLong();
        this.returnedNanos = createdNanos;
    }

    /** The connection is idle from now. */
    void markReturned() {
        returnedNanos = clock.getAsLong();
    }

    /** The next {@link #passivated()} keeps the idle clock (the connection was idle in the cache already). */
    void keepIdleClockOnce() {
        keepIdleClock = true;
    }

    /** commons-pool2 took the connection back. */
    void passivated() {
        if (keepIdleClock) {
            keepIdleClock = false;
        } else {
            markReturned();
        }
    }

    long idleNanos() {
        return clock.getAsLong() - returnedNanos;
    }

    /** Whether the connection is past {@code maxLifetime} (0 = never). */
    boolean olderThan(Duration maxLifetime) {
        return !maxLifetime.isZero() && clock.getAsLong() - createdNanos >= maxLifetime.toNanos();
    }
}
