package dev.quiver.driver.internal.exec;

import dev.quiver.driver.internal.config.ConnectionConfig;
import dev.quiver.driver.internal.rpc.RpcInvoker;
import dev.quiver.driver.internal.rpc.SessionHeaders;

/**
 * One connection's session state shared by all its statements: configuration, the RPC invoker (whose channel
 * carries this session's headers), the current database, SET settings, the schema cache and the last write
 * timestamps. Thread-safe.
 */
public final class Session {
    private final ConnectionConfig config;
    private final RpcInvoker invoker;
    private final SessionHeaders headers;
    private final SessionSettings settings;
    private final SchemaCache schemas = new SchemaCache();
    private final WriteTimestamps writes = new WriteTimestamps();

    public Session(ConnectionConfig config, RpcInvoker invoker, SessionHeaders headers) {
        this.config = config;
        this.invoker = invoker;
        this.headers = headers;
        this.settings = new SessionSettings(config);
    }

    public ConnectionConfig config() {
        return config;
    }

    public RpcInvoker invoker() {
        return invoker;
    }

    /** The current database (the {@code dbname} header). */
    public String database() {
        return headers.database();
    }

    /** Switches the current database; callers validate that it exists first. */
    public void database(String database) {
        headers.database(database);
    }

    public SessionHeaders headers() {
        return headers;
    }

    public SessionSettings settings() {
        return settings;
    }

    public SchemaCache schemas() {
        return schemas;
    }

    public WriteTimestamps writes() {
        return writes;
    }
}
