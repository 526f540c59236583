package dev.quiver.io;

import java.sql.SQLException;

/**
 * A COPY that stopped: the message names the file, line and column and the reason, and says how many rows went in
 * before; none of the failing batch did. SQL state {@code 22000} for bad data, {@code 58030} for a file that cannot
 * be read or written, {@code 0A000} for what is not supported.
 */
public sealed class CopyException extends SQLException permits CopyCancelledException {
    private static final long serialVersionUID = 1L;
    private final long rowsCopied;

    CopyException(String message, String sqlState, long rowsCopied, Throwable cause) {
        super(message, sqlState, cause);
        this.rowsCopied = rowsCopied;
    }

    CopyException(String message, String sqlState, long rowsCopied) {
        super(message, sqlState);
        this.rowsCopied = rowsCopied;
    }

    /** The rows that went in (or were written) before the COPY stopped. */
    public long rowsCopied() {
        return rowsCopied;
    }
}
