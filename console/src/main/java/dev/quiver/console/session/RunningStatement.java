package dev.quiver.console.session;

import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The statement being executed, so that Ctrl-C (which arrives on another thread) can cancel it instead of ending
 * the console. Thread-safe.
 */
public final class RunningStatement {
    private @Nullable Statement current;
    private boolean cancelled;

    synchronized void begin(Statement statement) {
        current = statement;
        cancelled = false;
    }

    synchronized void end() {
        current = null;
    }

    /**
     * Cancels the running statement, if there is one.
     *
     * @return true when a statement was running and {@link Statement#cancel()} was called on it
     */
    public boolean cancel() {
        Statement statement;
        synchronized (this) {
            statement = current;
            if (statement == null) {
                return false;
            }
            cancelled = true;
        }
        try {
            statement.cancel();
        } catch (SQLException e) {
            // The statement may have finished meanwhile; the failure, if any, is reported by the executing thread.
            return true;
        }
        return true;
    }

    /** Whether the last statement that ran was cancelled while running. */
    public synchronized boolean wasCancelled() {
        return cancelled;
    }

    /** Forgets a cancellation once it has been reported. */
    public synchronized void clearCancelled() {
        cancelled = false;
    }
}
