package dev.quiver.embedded;

import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.Status;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on Milvus's in-band status. */
final class StatusAssertions {
    private StatusAssertions() {
    }

    /** Code, legacy code and exact reason; retriable false. */
    @SuppressWarnings("deprecation")
    static void assertError(Status status, int code, ErrorCode legacy, String reason) {
        assertThat(status.getCode()).as("code of %s", status).isEqualTo(code);
        assertThat(status.getErrorCode()).as("legacy error_code of %s", status).isEqualTo(legacy);
        assertThat(status.getReason()).isEqualTo(reason);
        assertThat(status.getRetriable()).isFalse();
    }

    /** Like {@link #assertError} and also checks {@code extra_info.is_input_error}. */
    static void assertError(Status status, int code, ErrorCode legacy, String reason, boolean inputError) {
        assertError(status, code, legacy, reason);
        if (inputError) {
            assertThat(status.getExtraInfoMap()).containsEntry("is_input_error", "true");
        } else {
            assertThat(status.getExtraInfoMap()).doesNotContainKey("is_input_error");
        }
    }
}
