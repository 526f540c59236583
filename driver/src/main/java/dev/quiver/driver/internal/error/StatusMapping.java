package dev.quiver.driver.internal.error;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.wire.MilvusError;
import java.util.regex.Pattern;

/**
 * Milvus error code → SQLState (reference §2.2). Codes not listed are {@link MilvusSqlState#GENERAL_ERROR}
 * ({@code HY000}) and keep their Milvus code as the error code.
 */
public final class StatusMapping {
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("(?i)\\bfield \\S+ not exist");

    private StatusMapping() {
    }

    /** The SQLState for a modern Milvus {@code code}. */
    public static MilvusSqlState stateOf(int code) {
        return MilvusError.ofCode(code).map(StatusMapping::stateOf).orElse(MilvusSqlState.GENERAL_ERROR);
    }

    private static MilvusSqlState stateOf(MilvusError error) {
        return switch (error) {
            case SERVICE_NOT_READY, SERVICE_UNAVAILABLE -> MilvusSqlState.SERVICE_UNAVAILABLE;
            case MEMORY_LIMIT_EXCEEDED, DISK_LIMIT_EXCEEDED, QUOTA_EXCEEDED, RESOURCE_INSUFFICIENT,
                 COLLECTION_NUM_LIMIT, DATABASE_NUM_LIMIT -> MilvusSqlState.RESOURCES_EXHAUSTED;
            case REQUEST_LIMIT_EXCEEDED, RATE_LIMIT -> MilvusSqlState.RATE_LIMITED;
            case SERVICE_UNIMPLEMENTED, INDEX_TYPE_NOT_SUPPORTED, UNSUPPORTED_OPERATION ->
                    MilvusSqlState.FEATURE_NOT_SUPPORTED;
            case COLLECTION_NOT_FOUND -> MilvusSqlState.COLLECTION_NOT_FOUND;
            case COLLECTION_NOT_LOADED, COLLECTION_NOT_FULLY_LOADED -> MilvusSqlState.COLLECTION_NOT_LOADED;
            case COLLECTION_LOADED -> MilvusSqlState.COLLECTION_LOADED;
            case ILLEGAL_SCHEMA, COLLECTION_SCHEMA_MISMATCH -> MilvusSqlState.INVALID_SCHEMA;
            case PARTITION_NOT_FOUND -> MilvusSqlState.PARTITION_NOT_FOUND;
            case PARTITION_NOT_LOADED, PARTITION_NOT_FULLY_LOADED -> MilvusSqlState.PARTITION_NOT_LOADED;
            case INDEX_NOT_FOUND -> MilvusSqlState.INDEX_NOT_FOUND;
            case INDEX_DUPLICATE, ALIAS_COLLECTION_NAME_CONFLICT, ALIAS_ALREADY_EXISTS ->
                    MilvusSqlState.DUPLICATE_OBJECT;
            case DATABASE_NOT_FOUND -> MilvusSqlState.DATABASE_NOT_FOUND;
            case DATABASE_NAME_INVALID, FIELD_NAME_INVALID -> MilvusSqlState.INVALID_NAME;
            case PARAMETER_INVALID, PARAMETER_MISSING, PARAMETER_TOO_LARGE -> MilvusSqlState.INVALID_PARAMETER_VALUE;
            case NOT_AUTHENTICATED -> MilvusSqlState.INVALID_AUTHORIZATION;
            case PRIVILEGE_NOT_PERMITTED -> MilvusSqlState.PRIVILEGE_NOT_PERMITTED;
            case ALIAS_NOT_FOUND -> MilvusSqlState.ALIAS_NOT_FOUND;
            case FIELD_NOT_FOUND -> MilvusSqlState.FIELD_NOT_FOUND;
            case CANCELED -> MilvusSqlState.QUERY_CANCELLED;
            case TIMEOUT -> MilvusSqlState.TIMEOUT;
            case SERVICE_INTERNAL, SEGMENT_NOT_FOUND, RESOURCE_GROUP_NOT_FOUND, REPLICA_NOT_FOUND, UNEXPECTED ->
                    MilvusSqlState.GENERAL_ERROR;
        };
    }

    /**
     * The state for a failure whose code is too broad to say what went wrong, from Milvus's reason text: a filter
     * naming an unknown field is code 1100 "cannot parse expression: ..., error: field x not exist" (Milvus's
     * plan parser), a second CreateCollection with another schema is code 65535 "create duplicate collection
     * with different parameters, collection: c" (rootcoord), an existing database 65535 "database already exist".
     */
    public static MilvusSqlState refine(MilvusSqlState state, String reason) {
        if (state == MilvusSqlState.INVALID_PARAMETER_VALUE && UNKNOWN_FIELD.matcher(reason).find()) {
            return MilvusSqlState.FIELD_NOT_FOUND;
        }
        if (state == MilvusSqlState.GENERAL_ERROR && reason.startsWith("create duplicate collection")) {
            return MilvusSqlState.DUPLICATE_COLLECTION;
        }
        if (state == MilvusSqlState.GENERAL_ERROR && reason.startsWith("database already exist")) {
            return MilvusSqlState.DUPLICATE_OBJECT;
        }
        return state;
    }

    /** The SQLState for a legacy {@code error_code} number (servers that leave {@code code} at 0). */
    @SuppressWarnings("deprecation")
    public static MilvusSqlState stateOfLegacy(int errorCode) {
        return switch (errorCode) {
            case ErrorCode.PermissionDenied_VALUE -> MilvusSqlState.PRIVILEGE_NOT_PERMITTED;
            case ErrorCode.CollectionNotExists_VALUE -> MilvusSqlState.COLLECTION_NOT_FOUND;
            case ErrorCode.IllegalArgument_VALUE, ErrorCode.IllegalDimension_VALUE ->
                    MilvusSqlState.INVALID_PARAMETER_VALUE;
            case ErrorCode.IndexNotExist_VALUE -> MilvusSqlState.INDEX_NOT_FOUND;
            case ErrorCode.RateLimit_VALUE -> MilvusSqlState.RATE_LIMITED;
            case ErrorCode.InsufficientMemoryToLoad_VALUE, ErrorCode.MemoryQuotaExhausted_VALUE,
                 ErrorCode.DiskQuotaExhausted_VALUE -> MilvusSqlState.RESOURCES_EXHAUSTED;
            case ErrorCode.NotReadyServe_VALUE -> MilvusSqlState.SERVICE_UNAVAILABLE;
            default -> MilvusSqlState.GENERAL_ERROR;
        };
    }
}
