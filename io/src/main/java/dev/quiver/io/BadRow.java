package dev.quiver.io;

/** A row of the file that cannot be inserted, at {@code line}:{@code column} (1-based; 0 when unknown). */
final class BadRow extends Exception {
    private static final long serialVersionUID = 1L;
    private final long line;
    private final long column;
    /** Whether the reader can go on with the next row (false for a file that is no longer parseable). */
    private final boolean recoverable;

    BadRow(long line, long column, String reason, boolean recoverable) {
        super(reason, null, false, false);
        this.line = line;
        this.column = column;
        this.recoverable = recoverable;
    }

    long line() {
        return line;
    }

    long column() {
        return column;
    }

    boolean recoverable() {
        return recoverable;
    }

    /** {@code file:line:column: reason}. */
    String describe(String file) {
        return file + ":" + line + ":" + column + ": " + getMessage();
    }
}
