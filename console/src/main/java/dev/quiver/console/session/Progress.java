package dev.quiver.console.session;

/**
 * Shows that a statement is still running. On a terminal, a spinner line with the elapsed time appears when a
 * statement takes longer than a moment and disappears when it ends; elsewhere nothing is shown.
 * Implementations are thread-safe.
 */
public interface Progress {

    /** A running indicator; closing it removes it. */
    interface Handle extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Starts an indicator for a statement.
     *
     * @param label what is running, e.g. {@code LOAD COLLECTION}
     */
    Handle start(String label);

    /** No indicator at all: for pipes, files and tests. */
    static Progress none() {
        return label -> () -> { };
    }
}
