package dev.quiver.driver.internal.pool;

import dev.quiver.driver.PoolMetrics;
import java.time.Duration;
import java.util.Collection;

/**
 * One sub-pool's counters, and their sum over sub-pools as {@link PoolMetrics}. The borrow wait times are those of
 * borrows that reached commons-pool2 (a borrow served by the idle cache does not wait).
 */
record PoolCounters(int active, int idle, int waiting, long created, long destroyed, long borrowed,
                    Duration meanBorrowWait, Duration maxBorrowWait) {

    static PoolMetrics sum(Collection<PoolCounters> all) {
        int active = 0;
        int idle = 0;
        int waiting = 0;
        long created = 0;
        long destroyed = 0;
        long borrowed = 0;
        double weightedMeanNanos = 0;
        Duration maxWait = Duration.ZERO;
        for (PoolCounters c : all) {
            active += c.active;
            idle += c.idle;
            waiting += c.waiting;
            created += c.created;
            destroyed += c.destroyed;
            borrowed += c.borrowed;
            weightedMeanNanos += (double) c.borrowed * c.meanBorrowWait.toNanos();
            if (c.maxBorrowWait.compareTo(maxWait) > 0) {
                maxWait = c.maxBorrowWait;
            }
        }
        Duration mean = borrowed == 0 ? Duration.ZERO : Duration.ofNanos((long) (weightedMeanNanos / borrowed));
        return new PoolMetrics(active, idle, waiting, created, destroyed, mean, maxWait);
    }
}
