package dev.quiver.console.session;

/** The exit codes of the {@code quiver} command, which CI jobs may rely on. */
public final class ExitCodes {
    /** Every statement succeeded. */
    public static final int SUCCESS = 0;
    /** A statement failed. */
    public static final int STATEMENT_FAILED = 1;
    /** The command line was wrong, or the connection could not be opened. */
    public static final int USAGE_OR_CONNECTION = 2;
    /** Interrupted by Ctrl-C (SIGINT). */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
