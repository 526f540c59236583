package dev.quiver.dsl;

import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/**
 * A statement failed: the unchecked form of the driver's {@link SQLException}, keeping its SQLState and Milvus
 * error code. Also thrown when a connection cannot be obtained or closed.
 */
public final class QuiverException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The driver's SQLState, null when the failure did not come from the driver. */
    private final @Nullable String sqlState;
    /** Milvus's error code as the driver reported it, 0 when there is none. */
    private final int errorCode;

    /**
     * Wraps {@code cause}, taking over its message, SQLState and error code.
     *
     * @param cause the driver's exception
     */
    public QuiverException(SQLException cause) {
        super(cause.getMessage(), cause);
        this.sqlState = cause.getSQLState();
        this.errorCode = cause.getErrorCode();
    }

    /**
     * An exception with a message and no SQL cause, for failures the DSL detects itself.
     *
     * @param message what went wrong
     */
    public QuiverException(String message) {
        super(message);
        this.sqlState = null;
        this.errorCode = 0;
    }

    /**
     * The SQLState of the driver's exception, such as {@code 42M01} (collection not found).
     *
     * @return the SQLState, or null when the failure did not come from the driver
     */
    public @Nullable String getSqlState() {
        return sqlState;
    }

    /**
     * Milvus's error code as the driver reported it ({@code SQLException.getErrorCode()}), such as 100 for a
     * collection that does not exist.
     *
     * @return the code, 0 when there is none
     */
    public int getErrorCode() {
        return errorCode;
    }

    /**
     * The driver's exception, when there is one.
     *
     * @return the wrapped {@link SQLException}, or null
     */
    public @Nullable SQLException getSqlException() {
        return getCause() instanceof SQLException e ? e : null;
    }
}
