package dev.quiver.driver;

import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.config.JdbcUrlParser;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.pool.ConnectionPool;
import dev.quiver.driver.internal.pool.PoolSettings;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import javax.net.ssl.SSLContext;
import org.jspecify.annotations.Nullable;

/**
 * A connection pool on commons-pool2. Build it with {@link #builder()}: the configuration is validated by
 * {@link Builder#build()}, which starts the pool; it cannot change afterwards. Pool settings come from the
 * builder, else from the {@code pool*} connection properties, else their defaults.
 *
 * <p>{@link #getConnection()} borrows (waiting up to {@code maxWait}, then failing with a
 * {@link java.sql.SQLTransientConnectionException} that reports active/idle/waiting counts and chains the last
 * creation failure); closing the returned connection gives it back, its session reset (open statements closed,
 * database and SET settings back to the configuration). {@link #getConnection(String, String)} uses a separate
 * sub-pool per credentials. Connections share gRPC channels through the driver's channel registry. Thread-safe.
 */
public final class PooledMilvusDataSource extends DataSourceSupport implements AutoCloseable {
    private final ConnectionPool pool;

    private PooledMilvusDataSource(ConnectionPool pool) {
        this.pool = pool;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public Connection getConnection() throws SQLException {
        return pool.borrow();
    }

    @Override
    public Connection getConnection(@Nullable String username, @Nullable String password) throws SQLException {
        return pool.borrow(username, password);
    }

    /** A snapshot of the pool's counters. */
    public PoolMetrics getMetrics() {
        return pool.metrics();
    }

    /** Runs idle eviction and lifetime retirement now instead of waiting for the next scheduled run. */
    public void evictNow() throws SQLException {
        try {
            pool.evict();
        } catch (Exception e) {
            throw SqlExceptions.create(MilvusSqlState.GENERAL_ERROR, "eviction failed: " + e.getMessage(), 0, e);
        }
    }

    public int getMaxSize() {
        return pool.settings().maxSize();
    }

    public Duration getMaxWait() {
        return pool.settings().maxWait();
    }

    public boolean isClosed() {
        return pool.isClosed();
    }

    /** Closes idle connections now and borrowed ones when they are given back; later borrows fail. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public @Nullable PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(@Nullable PrintWriter out) {
        // the driver logs through System.Logger
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        throw SqlExceptions.notSupported("the pool's configuration is locked; set connectTimeout when building it");
    }

    @Override
    public int getLoginTimeout() {
        return (int) pool.settings().config().duration(ConnectionProperty.CONNECT_TIMEOUT).toSeconds();
    }

    @Override
    public String toString() {
        return "PooledMilvusDataSource[" + pool.settings().config() + ", maxSize=" + pool.settings().maxSize() + "]";
    }

    /** Collects the configuration; {@link #build()} validates it and starts the pool. Not thread-safe. */
    public static final class Builder {
        private @Nullable String url;
        private final Properties properties = new Properties();
        private @Nullable SSLContext sslContext;
        private @Nullable Integer maxSize;
        private @Nullable Integer minIdle;
        private @Nullable Duration maxWait;
        private @Nullable Duration idleTimeout;
        private @Nullable Duration maxLifetime;
        private @Nullable Duration leakDetectionThreshold;
        private @Nullable Duration validationInterval;
        private Duration evictionInterval = Duration.ofSeconds(30);

        private Builder() {
        }

        /** The {@code jdbc:milvus:} URL (required). */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        public Builder user(String user) {
            properties.setProperty(ConnectionProperty.USER.getPropertyName(), user);
            return this;
        }

        public Builder password(String password) {
            properties.setProperty(ConnectionProperty.PASSWORD.getPropertyName(), password);
            return this;
        }

        /** A connection property ({@link ConnectionProperty}); wins over the URL. */
        public Builder property(String name, String value) {
            properties.setProperty(name, value);
            return this;
        }

        public Builder properties(Properties values) {
            properties.putAll(values);
            return this;
        }

        public Builder sslContext(SSLContext context) {
            this.sslContext = context;
            return this;
        }

        /** Connections per credentials at most (default 10). */
        public Builder maxSize(int value) {
            this.maxSize = value;
            return this;
        }

        /** Idle connections kept per credentials (default 0). */
        public Builder minIdle(int value) {
            this.minIdle = value;
            return this;
        }

        /** How long {@code getConnection} waits when the pool is exhausted (default 30s). */
        public Builder maxWait(Duration value) {
            this.maxWait = value;
            return this;
        }

        /** Idle time before the evictor closes a connection (default 10m; zero = never). */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = value;
            return this;
        }

        /** Age at which a connection is retired (default 30m; zero = never). */
        public Builder maxLifetime(Duration value) {
            this.maxLifetime = value;
            return this;
        }

        /** Hold time after which a borrowed connection is logged as a possible leak (default zero = off). */
        public Builder leakDetectionThreshold(Duration value) {
            this.leakDetectionThreshold = value;
            return this;
        }

        /** Idle time after which borrowing first checks the server with CheckHealth (default zero = never). */
        public Builder validationInterval(Duration value) {
            this.validationInterval = value;
            return this;
        }

        /** How often the evictor runs (default 30s). */
        public Builder evictionInterval(Duration value) {
            this.evictionInterval = value;
            return this;
        }

        /** Validates the configuration and starts the pool (no connection is opened until the first borrow). */
        public PooledMilvusDataSource build() throws SQLException {
            if (url == null) {
                throw invalid("a pooled data source needs a URL");
            }
            ConnectionConfig config = JdbcUrlParser.parse(url, properties);
            int max = maxSize != null ? maxSize : config.integer(ConnectionProperty.POOL_MAX_SIZE);
            int min = minIdle != null ? minIdle : config.integer(ConnectionProperty.POOL_MIN_IDLE);
            Duration wait = pick(maxWait, config, ConnectionProperty.POOL_MAX_WAIT);
            Duration idle = pick(idleTimeout, config, ConnectionProperty.POOL_IDLE_TIMEOUT);
            Duration life = pick(maxLifetime, config, ConnectionProperty.POOL_MAX_LIFETIME);
            Duration leak = pick(leakDetectionThreshold, config, ConnectionProperty.POOL_LEAK_DETECTION_THRESHOLD);
            Duration validation = pick(validationInterval, config, ConnectionProperty.POOL_VALIDATION_INTERVAL);
            if (max < 1) {
                throw invalid("maxSize must be at least 1, got " + max);
            }
            if (min < 0 || min > max) {
                throw invalid("minIdle must be between 0 and maxSize (" + max + "), got " + min);
            }
            checkNotNegative("maxWait", wait);
            checkNotNegative("idleTimeout", idle);
            checkNotNegative("maxLifetime", life);
            checkNotNegative("leakDetectionThreshold", leak);
            checkNotNegative("validationInterval", validation);
            if (evictionInterval.isNegative() || evictionInterval.isZero()) {
                throw invalid("evictionInterval must be positive, got " + evictionInterval);
            }
            return new PooledMilvusDataSource(new ConnectionPool(new PoolSettings(config, sslContext, max, min, wait,
                    idle, life, leak, validation, evictionInterval)));
        }

        private static Duration pick(@Nullable Duration explicit, ConnectionConfig config, ConnectionProperty property) {
            return explicit != null ? explicit : config.duration(property);
        }

        private static void checkNotNegative(String name, Duration value) throws SQLException {
            if (value.isNegative()) {
                throw invalid(name + " must not be negative, got " + value);
            }
        }

        private static SQLException invalid(String message) {
            return SqlExceptions.create(MilvusSqlState.INVALID_CONNECTION_PROPERTY, message);
        }
    }
}
