package dev.quiver.console.session;

import java.sql.Connection;
import java.sql.SQLException;

/** Opens connections for {@code \connect}, with the credentials the console was started with. Thread-safe. */
public interface Connector {

    /**
     * Opens a connection.
     *
     * @param url a URL as typed by the user (a {@code jdbc:milvus:} URL or one of the shorthands the CLI accepts)
     * @throws SQLException when the URL is wrong or the server cannot be reached
     */
    Connection connect(String url) throws SQLException;

    /** The URL {@link #connect} opens for what the user typed, for messages; by default the text itself. */
    default String urlFor(String typed) {
        return typed;
    }
}
