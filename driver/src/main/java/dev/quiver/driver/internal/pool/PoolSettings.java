package dev.quiver.driver.internal.pool;

import dev.quiver.driver.internal.config.ConnectionConfig;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A pool's validated, immutable configuration.
 *
 * @param config the connection configuration (URL and properties) of the default key
 * @param sslContext a caller-supplied TLS context, or null
 * @param maxSize connections per key at most (≥ 1)
 * @param minIdle idle connections kept per key (≤ maxSize)
 * @param maxWait how long {@code getConnection} waits for a connection
 * @param idleTimeout idle time after which the evictor closes a connection (0 = never)
 * @param maxLifetime age after which a connection is retired (0 = never)
 * @param leakDetectionThreshold hold time after which a borrowed connection is logged as a leak (0 = off)
 * @param validationInterval idle time after which borrowing first runs CheckHealth (0 = never)
 * @param evictionInterval how often the evictor runs
 */
public record PoolSettings(ConnectionConfig config, @Nullable SSLContext sslContext, int maxSize, int minIdle,
                           Duration maxWait, Duration idleTimeout, Duration maxLifetime,
                           Duration leakDetectionThreshold, Duration validationInterval, Duration evictionInterval) {
}
