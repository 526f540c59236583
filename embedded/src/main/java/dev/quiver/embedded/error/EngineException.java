package dev.quiver.embedded.error;

import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import org.jspecify.annotations.Nullable;

/**
 * A request the engine refuses, reported to the client in-band as a {@code common.Status} with gRPC OK, exactly as
 * Milvus does. Create instances through {@link #with}, {@link #withReason} or {@link #because}.
 */
@SuppressWarnings("deprecation")
public final class EngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final MilvusError error;
    /** The message, kept non-null here (Throwable's getMessage() is nullable in general). */
    private final String reason;
    private final boolean inputError;
    private final @Nullable ErrorCode legacyOverride;

    private EngineException(MilvusError error, String reason) {
        this(error, reason, isInputErrorByDefault(error), null);
    }

    private EngineException(MilvusError error, String reason, boolean inputError, @Nullable ErrorCode legacyOverride) {
        super(reason, null, false, false);
        this.error = error;
        this.reason = reason;
        this.inputError = inputError;
        this.legacyOverride = legacyOverride;
    }

    /**
     * An error of kind {@code error} whose reason is the leaf message followed by {@code [name=value]} for each pair
     * of {@code fields}, as Milvus formats it: {@code collection not found[database=default][collection=c1]}.
     */
    public static EngineException with(MilvusError error, String... fields) {
        return new EngineException(error, error.reason(fields));
    }

    /** An error of kind {@code error} with a free-form reason, used verbatim. */
    public static EngineException withReason(MilvusError error, String reason) {
        return new EngineException(error, reason);
    }

    /**
     * An error of kind {@code error} whose reason is {@code detail: leaf message}, like Milvus's
     * {@code WrapErr...Msg}.
     */
    public static EngineException because(MilvusError error, String detail) {
        return new EngineException(error, error.reasonBecause(detail));
    }

    private static boolean isInputErrorByDefault(MilvusError error) {
        return switch (error) {
            case PARAMETER_INVALID, PARAMETER_MISSING, PARAMETER_TOO_LARGE, COLLECTION_NOT_FOUND, FIELD_NOT_FOUND,
                 FIELD_NAME_INVALID, DATABASE_NAME_INVALID, ILLEGAL_SCHEMA, COLLECTION_SCHEMA_MISMATCH -> true;
            default -> false;
        };
    }

    /** The same error with Milvus's {@code is_input_error} flag set or cleared. */
    public EngineException inputError(boolean value) {
        return new EngineException(error, reason, value, legacyOverride);
    }

    /**
     * The same error reporting {@code legacy} as its legacy {@code error_code} instead of the one Milvus derives from
     * the code; Milvus does this in a few places for compatibility with old clients (DescribeCollection).
     */
    public EngineException legacyCode(ErrorCode legacy) {
        return new EngineException(error, reason, inputError, legacy);
    }

    /** The kind of error. */
    public MilvusError error() {
        return error;
    }

    /** Whether Milvus flags this as the caller's fault ({@code extra_info.is_input_error}). */
    public boolean isInputError() {
        return inputError;
    }

    /** The in-band status: {@code code}, legacy {@code error_code}, {@code reason}, {@code retriable}, {@code detail}. */
    public Status toStatus() {
        Status.Builder status = Status.newBuilder()
                .setCode(error.code())
                .setErrorCode(legacyOverride != null ? legacyOverride : error.legacyCode())
                .setReason(reason)
                .setDetail(reason)
                .setRetriable(error.retriable());
        if (inputError) {
            status.putExtraInfo("is_input_error", "true");
        }
        return status.build();
    }
}
