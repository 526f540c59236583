package dev.quiver.io;

/**
 * A COPY stopped by its {@link CopyListener#cancelled() listener} (Ctrl-C in the console): SQL state {@code 57014}
 * (query canceled, as PostgreSQL's). The message says how many rows went in or were written; {@link #rowsCopied()}
 * gives the number.
 */
public final class CopyCancelledException extends CopyException {
    private static final long serialVersionUID = 1L;

    /** PostgreSQL's SQL state for a statement cancelled at the user's request. */
    public static final String SQL_STATE = "57014";

    CopyCancelledException(String message, long rowsCopied) {
        super(message, SQL_STATE, rowsCopied);
    }
}
