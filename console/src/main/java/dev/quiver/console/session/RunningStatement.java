package dev.quiver.console.session;

import java.sql.SQLException;
import java.sql.Statement;
import org.jspecify.annotations.Nullable;

/**
 * The statement being executed, so that Ctrl-C (which arrives on another thread) can cancel it instead of ending
 * the console: a JDBC statement, or a COPY, which the console runs itself and which stops at its next batch.
 * Thread-safe.
 */
public final class RunningStatement {
    /** How a running statement is cancelled. */
    @FunctionalInterface
    interface Cancellation {
        void cancel() throws SQLException;
    }

    private @Nullable Cancellation current;
    private boolean cancelled;

    void begin(Statement statement) {
        begin(statement::cancel);
    }

    synchronized void begin(Cancellation cancellation) {
        current = cancellation;
        cancelled = false;
    }

    synchronized void end() {
        current = null;
    }

    /**
     * Cancels the running statement, if there is one.
     *
     * @return true when a statement was running and its cancellation was asked for
     */
    public boolean cancel() {
        Cancellation cancellation;
        synchronized (this) {
            cancellation = current;
            if (cancellation == null) {
                return false;
            }
            cancelled = true;
        }
        try {
            cancellation.cancel();
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
