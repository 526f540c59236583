package dev.quiver.driver.internal.error;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.grammar.ParsingException;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.Durations;
import io.grpc.StatusRuntimeException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The driver's one exception factory. The {@link SQLException} subclass follows from the {@link MilvusSqlState}
 * ({@link #create}), so every path (parser, Milvus status, gRPC failure, client-side validation) classifies
 * errors the same way.
 */
public final class SqlExceptions {
    private SqlExceptions() {
    }

    /** An exception of the subclass that goes with {@code state}. */
    public static SQLException create(MilvusSqlState state, String message, int errorCode, @Nullable Throwable cause) {
        String code = state.getCode();
        return switch (state) {
            case FEATURE_NOT_SUPPORTED -> new SQLFeatureNotSupportedException(message, code, errorCode, cause);
            case CONNECTION_REFUSED, CONNECTION_CLOSED, EMBEDDED_ENGINE_MISSING, INVALID_CONNECTION_PROPERTY ->
                    new SQLNonTransientConnectionException(message, code, errorCode, cause);
            case CONNECTION_FAILURE, SERVICE_UNAVAILABLE, POOL_EXHAUSTED ->
                    new SQLTransientConnectionException(message, code, errorCode, cause);
            case INVALID_PARAMETER_VALUE, WRONG_PARAMETER_COUNT -> new SQLDataException(message, code, errorCode, cause);
            case INVALID_AUTHORIZATION -> new SQLInvalidAuthorizationSpecException(message, code, errorCode, cause);
            case PRIVILEGE_NOT_PERMITTED, SYNTAX_ERROR, INVALID_NAME, INVALID_SCHEMA, FIELD_NOT_FOUND, DUPLICATE_OBJECT,
                 DUPLICATE_COLLECTION,
                 COLLECTION_NOT_FOUND, PARTITION_NOT_FOUND, INDEX_NOT_FOUND, ALIAS_NOT_FOUND ->
                    new SQLSyntaxErrorException(message, code, errorCode, cause);
            case DATABASE_NOT_FOUND, RESOURCES_EXHAUSTED, COLLECTION_NOT_LOADED, PARTITION_NOT_LOADED,
                 COLLECTION_LOADED ->
                    new SQLNonTransientException(message, code, errorCode, cause);
            case RATE_LIMITED -> new SQLTransientException(message, code, errorCode, cause);
            case TIMEOUT -> new SQLTimeoutException(message, code, errorCode, cause);
            case QUERY_CANCELLED, GENERAL_ERROR, FUNCTION_SEQUENCE_ERROR, INVALID_TRANSACTION_STATE ->
                    new SQLException(message, code, errorCode, cause);
        };
    }

    /** A client-side error with no server code. */
    public static SQLException create(MilvusSqlState state, String message) {
        return create(state, message, 0, null);
    }

    /** A parser error: {@code 42601}, with the parser's {@code line L:C: ...} message. */
    public static SQLException syntax(ParsingException e) {
        return create(MilvusSqlState.SYNTAX_ERROR, Objects.requireNonNullElse(e.getMessage(), e.toString()), 0, e);
    }

    /** Something the driver or the language does not support. */
    public static SQLException notSupported(String message) {
        return create(MilvusSqlState.FEATURE_NOT_SUPPORTED, message);
    }

    /** An operation on a closed object, {@code what} being e.g. {@code "connection"}. */
    public static SQLException closed(String what) {
        return create(MilvusSqlState.CONNECTION_CLOSED, "the " + what + " is closed");
    }

    /** A bad bound or supplied value. */
    public static SQLException invalidValue(String message) {
        return create(MilvusSqlState.INVALID_PARAMETER_VALUE, message);
    }

    /** The statement was cancelled with {@link java.sql.Statement#cancel()}. */
    public static SQLException cancelled(@Nullable Throwable cause) {
        return create(MilvusSqlState.QUERY_CANCELLED, "the statement was cancelled", 0, cause);
    }

    /** The statement's timeout (as text, such as {@code 5s}) expired; {@code activity} says what was going on. */
    public static SQLException timeout(String timeout, String activity, @Nullable Throwable cause) {
        return create(MilvusSqlState.TIMEOUT, "the statement timed out after " + timeout + " " + activity, 0, cause);
    }

    /**
     * A failed Milvus status: message = {@code reason}, error code = {@code code} (the legacy {@code error_code}
     * number when {@code code} is 0), SQLState per {@link StatusMapping}.
     */
    public static SQLException fromStatus(Status status, String rpc) {
        int code = status.getCode();
        @SuppressWarnings("deprecation")
        int legacy = status.getErrorCodeValue();
        int errorCode = code != 0 ? code : legacy;
        MilvusSqlState state = StatusMapping.refine(code != 0 ? StatusMapping.stateOf(code)
                : StatusMapping.stateOfLegacy(legacy), status.getReason());
        String reason = status.getReason().isEmpty() ? rpc + " failed with Milvus code " + errorCode : status.getReason();
        return create(state, reason, errorCode, null);
    }

    /** A gRPC-level failure of {@code rpc} (a method name such as {@code ShowCollections}). */
    public static SQLException fromGrpc(StatusRuntimeException e, String rpc) {
        io.grpc.Status status = e.getStatus();
        String description = status.getDescription() == null ? status.getCode().name() : status.getDescription();
        return switch (status.getCode()) {
            case UNIMPLEMENTED -> create(MilvusSqlState.FEATURE_NOT_SUPPORTED,
                    "the server does not support " + rpc + " (" + description + ")", 0, e);
            case UNAUTHENTICATED -> create(MilvusSqlState.INVALID_AUTHORIZATION,
                    "authentication failed: " + description, 0, e);
            case PERMISSION_DENIED -> create(MilvusSqlState.PRIVILEGE_NOT_PERMITTED,
                    "permission denied for " + rpc + ": " + description, 0, e);
            case CANCELLED -> cancelled(e);
            case DEADLINE_EXCEEDED -> create(MilvusSqlState.TIMEOUT,
                    "the deadline of " + rpc + " expired: " + description, 0, e);
            case UNAVAILABLE -> create(MilvusSqlState.CONNECTION_FAILURE,
                    "the server is unavailable (" + rpc + "): " + description, 0, e);
            case RESOURCE_EXHAUSTED -> create(MilvusSqlState.RESOURCES_EXHAUSTED,
                    rpc + " exhausted a resource: " + description, 0, e);
            case INVALID_ARGUMENT, OUT_OF_RANGE -> create(MilvusSqlState.INVALID_PARAMETER_VALUE,
                    rpc + " rejected an argument: " + description, 0, e);
            default -> create(MilvusSqlState.GENERAL_ERROR,
                    rpc + " failed (" + status.getCode() + "): " + description, 0, e);
        };
    }
}
