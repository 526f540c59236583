package dev.quiver.driver;

import java.sql.PreparedStatement;
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

    /**
     * Executes a statement given as the grammar's AST, without formatting or parsing any text, and returns the
     * statement that holds its result (a result set or an update count, and {@link MilvusStatement}'s command tag
     * and details). The caller closes it. A statement with parameters fails with {@code 07001}: use
     * {@link #prepare}.
     *
     * @param statement the statement to execute; a {@code TIMEOUT} wrapper applies as in text
     * @return the executed statement, positioned as after {@link java.sql.Statement#execute(String)}
     */
    java.sql.Statement execute(dev.quiver.grammar.ast.Statement statement) throws SQLException;

    /**
     * Prepares a statement given as the grammar's AST, without formatting or parsing any text. Its
     * {@link dev.quiver.grammar.expr.Parameter} nodes are the parameters: {@code ?} nodes by their index,
     * {@code :name} nodes numbered in order of first appearance, as for text. Values are bound as with
     * {@link java.sql.Connection#prepareStatement(String)}; an {@link dev.quiver.grammar.expr.Expression} bound as a value is used as is. The
     * result also unwraps to {@link MilvusPreparedStatement}.
     */
    PreparedStatement prepare(dev.quiver.grammar.ast.Statement statement) throws SQLException;
}
