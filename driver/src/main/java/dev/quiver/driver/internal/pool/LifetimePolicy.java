package dev.quiver.driver.internal.pool;

import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import java.time.Duration;
import org.apache.commons.pool2.PooledObject;
import org.apache.commons.pool2.impl.EvictionConfig;
import org.apache.commons.pool2.impl.EvictionPolicy;

/** The eviction rule: idle connections past {@code idleTimeout} and any connection past {@code maxLifetime} go. */
record LifetimePolicy(Duration idleTimeout, Duration maxLifetime) implements EvictionPolicy<MilvusConnectionImpl> {
    @Override
    public boolean evict(EvictionConfig config, PooledObject<MilvusConnectionImpl> underTest, int idleCount) {
        TimedConnection timed = (TimedConnection) underTest;
        boolean idleTooLong = !idleTimeout.isZero() && timed.idleNanos() >= idleTimeout.toNanos();
        return idleTooLong || timed.olderThan(maxLifetime);
    }
}
