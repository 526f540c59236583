package dev.quiver.driver.internal.error;

import dev.quiver.driver.MilvusSqlState;

/**
 * Milvus error code → SQLState (reference §2.2). Codes not listed are {@link MilvusSqlState#GENERAL_ERROR}
 * ({@code HY000}) and keep their Milvus code as the error code.
 */
public final class StatusMapping {
    /** Milvus's rate-limit code. */
    public static final int RATE_LIMIT = 8;
    /** The legacy {@code ErrorCode.RateLimit} number. */
    public static final int LEGACY_RATE_LIMIT = 49;

    private StatusMapping() {
    }

    /** The SQLState for a modern Milvus {@code code}. */
    public static MilvusSqlState stateOf(int code) {
        return switch (code) {
            case 1, 2 -> MilvusSqlState.SERVICE_UNAVAILABLE;
            case 3, 7, 9, 12, 102, 801 -> MilvusSqlState.RESOURCES_EXHAUSTED;
            case 4, RATE_LIMIT -> MilvusSqlState.RATE_LIMITED;
            case 10, 701, 3000 -> MilvusSqlState.FEATURE_NOT_SUPPORTED;
            case 100 -> MilvusSqlState.COLLECTION_NOT_FOUND;
            case 101, 103 -> MilvusSqlState.COLLECTION_NOT_LOADED;
            case 105 -> MilvusSqlState.INVALID_SCHEMA;
            case 200 -> MilvusSqlState.PARTITION_NOT_FOUND;
            case 201, 202 -> MilvusSqlState.PARTITION_NOT_LOADED;
            case 700 -> MilvusSqlState.INDEX_NOT_FOUND;
            case 702, 1601, 1602 -> MilvusSqlState.DUPLICATE_OBJECT;
            case 800 -> MilvusSqlState.DATABASE_NOT_FOUND;
            case 802, 1701 -> MilvusSqlState.INVALID_NAME;
            case 1100, 1101, 1102 -> MilvusSqlState.INVALID_PARAMETER_VALUE;
            case 1400 -> MilvusSqlState.INVALID_AUTHORIZATION;
            case 1401 -> MilvusSqlState.PRIVILEGE_NOT_PERMITTED;
            case 1600 -> MilvusSqlState.ALIAS_NOT_FOUND;
            case 1700 -> MilvusSqlState.FIELD_NOT_FOUND;
            case 10000 -> MilvusSqlState.QUERY_CANCELLED;
            case 10001 -> MilvusSqlState.TIMEOUT;
            default -> MilvusSqlState.GENERAL_ERROR;
        };
    }

    /** The SQLState for a legacy {@code error_code} number (servers that leave {@code code} at 0). */
    public static MilvusSqlState stateOfLegacy(int errorCode) {
        return switch (errorCode) {
            case 3 -> MilvusSqlState.PRIVILEGE_NOT_PERMITTED;
            case 4 -> MilvusSqlState.COLLECTION_NOT_FOUND;
            case 5, 7 -> MilvusSqlState.INVALID_PARAMETER_VALUE;
            case 25 -> MilvusSqlState.INDEX_NOT_FOUND;
            case LEGACY_RATE_LIMIT -> MilvusSqlState.RATE_LIMITED;
            case 52, 53, 54 -> MilvusSqlState.RESOURCES_EXHAUSTED;
            case 56 -> MilvusSqlState.SERVICE_UNAVAILABLE;
            default -> MilvusSqlState.GENERAL_ERROR;
        };
    }

    /** Whether a status means "rate limited, retry later" (modern code 8 or legacy RateLimit). */
    @SuppressWarnings("deprecation")
    public static boolean isRateLimited(dev.quiver.proto.milvus.Status status) {
        return status.getCode() == RATE_LIMIT || (status.getCode() == 0 && status.getErrorCodeValue() == LEGACY_RATE_LIMIT);
    }

    /** Whether a status is a success: {@code code == 0 && error_code == Success}. */
    @SuppressWarnings("deprecation")
    public static boolean isSuccess(dev.quiver.proto.milvus.Status status) {
        return status.getCode() == 0 && status.getErrorCodeValue() == 0;
    }
}
