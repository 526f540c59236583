package dev.quiver.driver.internal.rpc;

import dev.quiver.wire.Durations;
import dev.quiver.driver.internal.error.SqlExceptions;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;

/**
 * The time budget and cancellation of one statement execution: every RPC and every wait of the statement runs
 * inside it. The deadline is set when the scope is created and again by {@link #restart()}, which a result set
 * calls before fetching a later page, so that the time an application spends between {@code next()} calls does
 * not count against the statement's timeout; {@link #cancel()} may be called from any thread and cancels the RPC
 * in flight and any back-off sleep.
 */
public final class CallScope {
    private final @Nullable Duration timeout;
    private volatile long deadlineNanos;
    private final Object lock = new Object();
    private boolean cancelled;
    private @Nullable Future<?> inFlight;

    /** A scope with {@code timeout} from now; null or zero means no deadline. */
    public CallScope(@Nullable Duration timeout) {
        this.timeout = timeout == null || timeout.isZero() || timeout.isNegative() ? null : timeout;
        this.deadlineNanos = this.timeout == null ? 0 : System.nanoTime() + this.timeout.toNanos();
    }

    /** Gives the scope its whole timeout again, from now (no effect without a timeout). */
    public void restart() {
        if (timeout != null) {
            deadlineNanos = System.nanoTime() + timeout.toNanos();
        }
    }

    /** A scope without deadline. */
    public static CallScope unbounded() {
        return new CallScope(null);
    }

    /** The statement's timeout, or null when it has none. */
    public @Nullable Duration timeout() {
        return timeout;
    }

    /** The time left, or null when there is no deadline; never negative. */
    public @Nullable Duration remaining() {
        if (timeout == null) {
            return null;
        }
        long left = deadlineNanos - System.nanoTime();
        return Duration.ofNanos(Math.max(0, left));
    }

    /** Whether the deadline has passed. */
    public boolean expired() {
        return timeout != null && deadlineNanos - System.nanoTime() <= 0;
    }

    /** Cancels the statement: the RPC in flight is cancelled and later calls and sleeps fail with 57014. */
    public void cancel() {
        Future<?> f;
        synchronized (lock) {
            cancelled = true;
            lock.notifyAll();
            f = inFlight;
        }
        if (f != null) {
            f.cancel(true);
        }
    }

    public boolean isCancelled() {
        synchronized (lock) {
            return cancelled;
        }
    }

    /** Throws 57014 when cancelled. */
    public void checkCancelled() throws SQLException {
        if (isCancelled()) {
            throw SqlExceptions.cancelled(null);
        }
    }

    /** The timeout error for this scope. */
    public SQLException timeoutError(String activity, @Nullable Throwable cause) {
        return SqlExceptions.timeout(Durations.format(timeout == null ? Duration.ZERO : timeout), activity, cause);
    }

    void attach(Future<?> future) {
        boolean cancelNow;
        synchronized (lock) {
            inFlight = future;
            cancelNow = cancelled;
        }
        if (cancelNow) {
            future.cancel(true);
        }
    }

    void detach(Future<?> future) {
        synchronized (lock) {
            if (inFlight == future) {
                inFlight = null;
            }
        }
    }

    /** Sleeps {@code pause}, waking early (with 57014) when cancelled or interrupted. */
    public void sleep(Duration pause) throws SQLException {
        long end = System.nanoTime() + pause.toNanos();
        synchronized (lock) {
            while (!cancelled) {
                long left = end - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                try {
                    lock.wait(Math.max(1, left / 1_000_000), 0);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw SqlExceptions.cancelled(e);
                }
            }
        }
        throw SqlExceptions.cancelled(null);
    }
}
