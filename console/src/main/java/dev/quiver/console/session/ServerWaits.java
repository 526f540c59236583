package dev.quiver.console.session;

import java.sql.SQLException;
import java.sql.Statement;

/**
 * Hears how a statement's wait for the server goes (LOAD, CREATE INDEX, FLUSH, FLUSH ALL poll the server until it is
 * done), from drivers that tell: the Quiver driver's {@code WaitListener}. Implementations must be thread-safe.
 */
@FunctionalInterface
public interface ServerWaits {

    /** One report of a wait. */
    @FunctionalInterface
    interface Observer {
        /**
         * @param waitingFor what is waited for, e.g. {@code collection films to load}
         * @param rows       rows done (an index build), or -1 when the wait counts no rows
         * @param fraction   the share done, 0 to 1, or -1 when not known
         */
        void waiting(String waitingFor, long rows, double fraction);
    }

    /** Makes {@code statement} tell {@code observer} how its waits go; does nothing for drivers that do not tell. */
    void watch(Statement statement, Observer observer) throws SQLException;

    /** For drivers that do not tell. */
    static ServerWaits none() {
        return (statement, observer) -> { };
    }
}
