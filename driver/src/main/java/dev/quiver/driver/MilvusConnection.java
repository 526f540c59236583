package dev.quiver.driver;

import java.sql.SQLException;
import java.util.Map;

/**
 * Milvus-specific operations of a connection, reached with {@code connection.unwrap(MilvusConnection.class)}
 * (also through a pooled connection). Thread-safe as far as the underlying connection is.
 */
public interface MilvusConnection {

    /** The current database (the {@code dbname} header sent with every request). */
    String getDatabase() throws SQLException;

    /**
     * Makes {@code database} current, as {@code USE database} does; fails with {@code 3D000} when it does not
     * exist.
     */
    void useDatabase(String database) throws SQLException;

    /** The server's version as GetVersion reports it, such as {@code v2.5.4}. Cached after the first call. */
    String getServerVersion() throws SQLException;

    /** The identifier the server assigned in the Connect handshake (0 when the server has no Connect). */
    long getIdentifier() throws SQLException;

    /** The session settings ({@code SET}) with their effective values, secrets never included. */
    Map<String, String> getSettings() throws SQLException;

    /** A description of the endpoint: {@code host:port}, {@code mem:name} or {@code file:DIR}. */
    String getEndpoint() throws SQLException;
}
