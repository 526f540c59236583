package dev.quiver.driver.internal.pool;

import dev.quiver.wire.Durations;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Logs a borrowed connection that is not closed within {@code leakDetectionThreshold}, with the borrower's
 * stack. One timer per borrow, cancelled by the return; off when the threshold is zero.
 */
final class LeakDetector {
    private static final System.Logger LOG = System.getLogger(ConnectionPool.class.getName());

    private final Duration threshold;
    private final String endpoint;
    private final ScheduledExecutorService timer;
    private final Consumer<ConnectionPool.LeakReport> listener;

    LeakDetector(Duration threshold, String endpoint, ScheduledExecutorService timer,
                 Consumer<ConnectionPool.LeakReport> listener) {
        this.threshold = threshold;
        this.endpoint = endpoint;
        this.timer = timer;
        this.listener = listener;
    }

    /** Starts watching {@code handle}, just borrowed by the current thread; null when detection is off. */
    @Nullable ScheduledFuture<?> watch(PooledConnectionHandle handle) {
        if (threshold.isZero()) {
            return null;
        }
        Throwable borrowedAt = new Throwable("connection borrowed here by thread " + Thread.currentThread().getName());
        return timer.schedule(() -> report(handle, borrowedAt), threshold.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void report(PooledConnectionHandle handle, Throwable borrowedAt) {
        if (handle.isReturned()) {
            return;
        }
        String message = "possible connection leak: a connection to " + endpoint + " has been held for more than "
                + Durations.format(threshold) + " without being closed";
        LOG.log(System.Logger.Level.WARNING, message, borrowedAt);
        listener.accept(new ConnectionPool.LeakReport(message, borrowedAt));
    }
}
