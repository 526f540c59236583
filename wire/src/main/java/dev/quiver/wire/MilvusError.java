package dev.quiver.wire;

import dev.quiver.proto.milvus.ErrorCode;
import java.util.Optional;

/**
 * The Milvus error kinds ({@code pkg/util/merr/errors.go} in Milvus 2.6) that Quiver reports or maps: the modern
 * {@code Status.code}, the leaf message, whether Milvus marks it retriable, and the legacy {@link ErrorCode} Milvus
 * derives from the code (reference §2.1–2.2). The engine reports these codes; the driver maps them to SQLStates.
 */
@SuppressWarnings("deprecation")
public enum MilvusError {
    SERVICE_NOT_READY(1, "service not ready", true),
    SERVICE_UNAVAILABLE(2, "service unavailable", true),
    MEMORY_LIMIT_EXCEEDED(3, "memory limit exceeded", false),
    REQUEST_LIMIT_EXCEEDED(4, "request limit exceeded", true),
    SERVICE_INTERNAL(5, "service internal error", false),
    DISK_LIMIT_EXCEEDED(7, "disk limit exceeded", false),
    RATE_LIMIT(8, "rate limit exceeded", true),
    QUOTA_EXCEEDED(9, "quota exceeded", false),
    /** Milvus's {@code ErrServiceUnimplemented}: an RPC this server does not provide. */
    SERVICE_UNIMPLEMENTED(10, "service unimplemented", false),
    RESOURCE_INSUFFICIENT(12, "service resource insufficient", true),
    COLLECTION_NOT_FOUND(100, "collection not found", false),
    COLLECTION_NOT_LOADED(101, "collection not loaded", false),
    COLLECTION_NUM_LIMIT(102, "exceeded the limit number of collections", false),
    COLLECTION_NOT_FULLY_LOADED(103, "collection not fully loaded", true),
    COLLECTION_LOADED(104, "collection already loaded", false),
    ILLEGAL_SCHEMA(105, "illegal collection schema", false),
    /** A write sent with a stale {@code schema_timestamp}; the official clients refresh their schema and retry. */
    COLLECTION_SCHEMA_MISMATCH(109, "collection schema mismatch", false),
    PARTITION_NOT_FOUND(200, "partition not found", false),
    PARTITION_NOT_LOADED(201, "partition not loaded", false),
    PARTITION_NOT_FULLY_LOADED(202, "partition not fully loaded", true),
    RESOURCE_GROUP_NOT_FOUND(300, "resource group not found", false),
    REPLICA_NOT_FOUND(400, "replica not found", false),
    SEGMENT_NOT_FOUND(600, "segment not found", false),
    INDEX_NOT_FOUND(700, "index not found", false),
    INDEX_TYPE_NOT_SUPPORTED(701, "index type not supported", false),
    INDEX_DUPLICATE(702, "index duplicates", false),
    DATABASE_NOT_FOUND(800, "database not found", false),
    DATABASE_NUM_LIMIT(801, "exceeded the limit number of database", false),
    DATABASE_NAME_INVALID(802, "invalid database name", false),
    PARAMETER_INVALID(1100, "invalid parameter", false),
    PARAMETER_MISSING(1101, "missing parameter", false),
    PARAMETER_TOO_LARGE(1102, "parameter too large", false),
    NOT_AUTHENTICATED(1400, "not authenticated", false),
    PRIVILEGE_NOT_PERMITTED(1401, "privilege not permitted", false),
    ALIAS_NOT_FOUND(1600, "alias not found", false),
    ALIAS_COLLECTION_NAME_CONFLICT(1601, "alias and collection name conflict", false),
    ALIAS_ALREADY_EXISTS(1602, "alias already exist", false),
    FIELD_NOT_FOUND(1700, "field not found", false),
    FIELD_NAME_INVALID(1701, "field name invalid", false),
    UNSUPPORTED_OPERATION(3000, "unsupported operation", false),
    /** Milvus's code for a request cancelled by its context ({@code merr.CanceledCode}). */
    CANCELED(10000, "context canceled", false),
    /** Milvus's code for a request whose context deadline passed ({@code merr.TimeoutCode}). */
    TIMEOUT(10001, "context deadline exceeded", false),
    /** Milvus's code for errors that are not one of its typed errors ({@code errors.New}). */
    UNEXPECTED(65535, "unexpected error", false);

    private final int code;
    private final String leafMessage;
    private final boolean retriable;

    MilvusError(int code, String leafMessage, boolean retriable) {
        this.code = code;
        this.leafMessage = leafMessage;
        this.retriable = retriable;
    }

    /** The modern Milvus error code ({@code Status.code}). */
    public int code() {
        return code;
    }

    /** The message Milvus uses for this error before any {@code [field=value]} details. */
    public String leafMessage() {
        return leafMessage;
    }

    /** Whether Milvus marks this error retriable. */
    public boolean retriable() {
        return retriable;
    }

    /** The legacy {@code error_code} Milvus derives from the modern code ({@code oldCode} in Milvus). */
    public ErrorCode legacyCode() {
        return switch (code) {
            case 1 -> ErrorCode.NotReadyServe;
            case 100 -> ErrorCode.CollectionNotExists;
            case 1100 -> ErrorCode.IllegalArgument;
            case 200 -> ErrorCode.MetaFailed;
            case 8 -> ErrorCode.RateLimit;
            case 3 -> ErrorCode.InsufficientMemoryToLoad;
            case 7 -> ErrorCode.DiskQuotaExhausted;
            case 9 -> ErrorCode.ForceDeny;
            case 700 -> ErrorCode.IndexNotExist;
            case 600 -> ErrorCode.SegmentNotFound;
            case 109 -> ErrorCode.SchemaMismatch;
            default -> ErrorCode.UnexpectedError;
        };
    }

    /** The kind with this modern {@code code}, if Quiver knows it. */
    public static Optional<MilvusError> ofCode(int code) {
        for (MilvusError e : values()) {
            if (e.code == code) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * The reason Milvus writes for this kind: the leaf message followed by {@code [name=value]} for each pair of
     * {@code fields}, e.g. {@code collection not found[database=default][collection=c1]}.
     *
     * @throws IllegalArgumentException when {@code fields} is not a list of name/value pairs
     */
    public String reason(String... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("fields come in name/value pairs");
        }
        StringBuilder reason = new StringBuilder(leafMessage);
        for (int i = 0; i < fields.length; i += 2) {
            reason.append('[').append(fields[i]).append('=').append(fields[i + 1]).append(']');
        }
        return reason.toString();
    }

    /** The reason {@code detail: leaf message}, as Milvus's {@code WrapErr...Msg} writes it. */
    public String reasonBecause(String detail) {
        return detail + ": " + leafMessage;
    }
}
