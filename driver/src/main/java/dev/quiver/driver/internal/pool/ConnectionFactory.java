package dev.quiver.driver.internal.pool;

import dev.quiver.driver.ConnectionProperty;
import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.jdbc.MilvusConnectionImpl;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.apache.commons.pool2.BasePooledObjectFactory;
import org.apache.commons.pool2.PooledObject;

/**
 * The life of one sub-pool's physical connections: creation with the sub-pool's credentials, validation (closed
 * flag, channel state and lifetime, CheckHealth only after {@code validationInterval} idle), session reset on
 * return, and destruction.
 */
final class ConnectionFactory extends BasePooledObjectFactory<MilvusConnectionImpl> {
    private final PoolSettings settings;
    private final ConnectionPool.PoolKey key;
    private final LongSupplier clock;
    private final ConcurrentHashMap<MilvusConnectionImpl, TimedConnection> wrappers = new ConcurrentHashMap<>();

    ConnectionFactory(PoolSettings settings, ConnectionPool.PoolKey key, LongSupplier clock) {
        this.settings = settings;
        this.key = key;
        this.clock = clock;
    }

    /** The pooled wrapper of {@code physical}, which this factory created. */
    TimedConnection timed(MilvusConnectionImpl physical) {
        TimedConnection timed = wrappers.get(physical);
        if (timed == null) {
            throw new IllegalStateException("a connection the pool did not create: " + physical);
        }
        return timed;
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
        TimedConnection timed = new TimedConnection(connection, clock);
        wrappers.put(connection, timed);
        return timed;
    }

    @Override
    public boolean validateObject(PooledObject<MilvusConnectionImpl> p) {
        TimedConnection timed = (TimedConnection) p;
        MilvusConnectionImpl connection = p.getObject();
        if (!connection.looksHealthy() || timed.olderThan(settings.maxLifetime())) {
            return false;
        }
        Duration interval = settings.validationInterval();
        if (!interval.isZero() && timed.idleNanos() >= interval.toNanos()) {
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
        ((TimedConnection) p).passivated();
    }

    @Override
    public void destroyObject(PooledObject<MilvusConnectionImpl> p) {
        wrappers.remove(p.getObject());
        p.getObject().close();
    }
}
