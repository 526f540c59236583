package dev.quiver.wire;

import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.Status;

/**
 * How a client reads a {@code common.Status}: success needs both the modern {@code code} and the legacy
 * {@code error_code} at zero; rate limiting is modern code 8 or, from servers that leave {@code code} at 0, legacy
 * {@code RateLimit} (reference §2.1). Stateless.
 */
@SuppressWarnings("deprecation")
public final class Statuses {
    private Statuses() {
    }

    /** Whether {@code status} reports success ({@code code == 0 && error_code == Success}). */
    public static boolean isSuccess(Status status) {
        return status.getCode() == 0 && status.getErrorCodeValue() == ErrorCode.Success_VALUE;
    }

    /** Whether {@code status} means "rate limited, retry later". */
    public static boolean isRateLimited(Status status) {
        return status.getCode() == MilvusError.RATE_LIMIT.code()
                || (status.getCode() == 0 && status.getErrorCodeValue() == ErrorCode.RateLimit_VALUE);
    }
}
