package dev.quiver.embedded.data;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;
import org.jspecify.annotations.Nullable;

/** Milvus's wrappers for parameter errors, with its exact message shapes. */
final class Errors {
    private Errors() {
    }

    /** {@code WrapErrParameterInvalidMsg}: {@code <message>: invalid parameter} (code 1100). */
    static EngineException invalid(String format, @Nullable Object... args) {
        return EngineException.because(MilvusError.PARAMETER_INVALID,
                String.format(java.util.Locale.ROOT, format, args));
    }

    /** {@code WrapErrParameterInvalid(expected, actual, msg)}: {@code msg: invalid parameter[expected=..][actual=..]}. */
    static EngineException mismatch(Object expected, Object actual, String message) {
        return EngineException.withReason(MilvusError.PARAMETER_INVALID,
                message + ": invalid parameter[expected=" + expected
                + "][actual=" + actual + "]");
    }

    /** An error Milvus raises with {@code errors.New} or {@code fmt.Errorf}: code 65535, message verbatim. */
    static EngineException unexpected(String format, @Nullable Object... args) {
        return EngineException.withReason(MilvusError.UNEXPECTED, String.format(java.util.Locale.ROOT, format, args));
    }
}
