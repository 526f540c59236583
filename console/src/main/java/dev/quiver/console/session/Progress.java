package dev.quiver.console.session;

/**
 * Shows that a statement is still running and how far it got. On a terminal, a status line with the elapsed time
 * (and, when the statement reports it, a bar with the share done, rows, rows/s and the time left) appears when a
 * statement takes longer than a moment and disappears when it ends; elsewhere nothing is shown. Implementations are
 * thread-safe.
 */
public interface Progress {

    /** A running indicator; closing it removes it. */
    interface Handle extends AutoCloseable {
        /**
         * Tells how far the statement got; the indicator shows it at its next redraw (a few times a second at
         * most), so callers may report as often as they like.
         *
         * @param rows     the rows done so far, or a negative number when the statement counts none
         * @param fraction the share done, 0 to 1, or a negative number when it is not known
         */
        default void report(long rows, double fraction) {
        }

        @Override
        void close();
    }

    /**
     * Starts an indicator for a statement.
     *
     * @param label what is running, e.g. {@code LOAD COLLECTION} or {@code COPY films}
     */
    Handle start(String label);

    /** No indicator at all: for pipes, files and tests. */
    static Progress none() {
        return label -> () -> { };
    }
}
