package dev.quiver.embedded.data;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.error.MilvusError;

/** Milvus's wrappers for parameter errors, with its exact message shapes. */
final class Errors {
    private Errors() {
    }

    /** {@code WrapErrParameterInvalidMsg}: {@code <message>: invalid parameter} (code 1100). */
    static EngineException invalid(String format, Object... args) {
        return MilvusError.PARAMETER_INVALID.because(String.format(java.util.Locale.ROOT, format, args));
    }

    /** {@code WrapErrParameterInvalid(expected, actual, msg)}: {@code msg: invalid parameter[expected=..][actual=..]}. */
    static EngineException mismatch(Object expected, Object actual, String message) {
        return MilvusError.PARAMETER_INVALID.withReason(message + ": invalid parameter[expected=" + expected
                + "][actual=" + actual + "]");
    }

    /** An error Milvus raises with {@code errors.New} or {@code fmt.Errorf}: code 65535, message verbatim. */
    static EngineException unexpected(String format, Object... args) {
        return MilvusError.UNEXPECTED.withReason(String.format(java.util.Locale.ROOT, format, args));
    }
}
