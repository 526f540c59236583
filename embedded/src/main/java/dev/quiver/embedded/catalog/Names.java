package dev.quiver.embedded.catalog;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;

/**
 * Milvus's rules for names of collections, aliases, partitions, fields, indexes and databases: at most 255
 * characters, first an underscore or an ASCII letter, then underscores, letters or digits. Violations are
 * reported with Milvus's messages.
 */
public final class Names {
    /** Milvus's {@code proxy.maxNameLength}. */
    public static final int MAX_LENGTH = 255;

    private Names() {
    }

    /** Validates a collection name ({@code what} = "name") or an alias ({@code what} = "alias"). */
    public static void checkCollection(String name, String what) {
        if (name.isEmpty()) {
            throw invalid("collection " + what + " should not be empty");
        }
        String prefix = "Invalid collection " + what + ": " + name + ". ";
        if (name.length() > MAX_LENGTH) {
            throw invalid(prefix + "the length of a collection " + what + " must be less than " + MAX_LENGTH
                    + " characters");
        }
        if (!isFirst(name.charAt(0))) {
            throw invalid(prefix + "the first character of a collection " + what + " must be an underscore or letter");
        }
        if (!restIsValid(name)) {
            throw invalid(prefix + "collection " + what + " can only contain numbers, letters and underscores");
        }
    }

    /** Validates a partition name. */
    public static void checkPartition(String name) {
        if (name.isEmpty()) {
            throw invalid("Partition name should not be empty");
        }
        String prefix = "Invalid partition name: " + name + ". ";
        if (name.length() > MAX_LENGTH) {
            throw invalid(prefix + "The length of a partition name must be less than " + MAX_LENGTH + " characters.");
        }
        if (!isFirst(name.charAt(0))) {
            throw invalid(prefix + "The first character of a partition name must be an underscore or letter.");
        }
        if (!restIsValid(name)) {
            throw invalid(prefix + "Partition name can only contain numbers, letters and underscores.");
        }
    }

    /** Validates a field name. */
    public static void checkField(String name) {
        if (name.isEmpty()) {
            throw invalid("field name should not be empty");
        }
        String prefix = "Invalid field name: " + name + ". ";
        if (name.length() > MAX_LENGTH) {
            throw invalid(prefix + "The length of a field name must be less than " + MAX_LENGTH + " characters.");
        }
        if (!isFirst(name.charAt(0))) {
            throw invalid(prefix + "The first character of a field name must be an underscore or letter.");
        }
        if (!restIsValid(name)) {
            throw invalid(prefix + "Field name can only contain numbers, letters, and underscores.");
        }
    }

    /** Validates an index name. */
    public static void checkIndex(String name) {
        String prefix = "Invalid index name: " + name + ". ";
        if (name.length() > MAX_LENGTH) {
            throw invalid(prefix + "The length of a index name must be less than " + MAX_LENGTH + " characters.");
        }
        if (!isFirst(name.charAt(0))) {
            throw invalid(prefix + "The first character of a index name must be an underscore or letter.");
        }
        if (!restIsValid(name)) {
            throw invalid(prefix + "Index name can only contain numbers, letters, and underscores.");
        }
    }

    /** Validates a database name (code 802 {@code invalid database name}). */
    public static void checkDatabase(String name) {
        if (name.isEmpty()) {
            throw EngineException.with(MilvusError.DATABASE_NAME_INVALID, "database", name)
                    .inputError(true);
        }
        String reason;
        if (name.length() > MAX_LENGTH) {
            reason = "the length of a database name must be less than " + MAX_LENGTH + " characters";
        } else if (!isFirst(name.charAt(0))) {
            reason = "the first character of a database name must be an underscore or letter";
        } else if (!restIsValid(name)) {
            reason = "database name can only contain numbers, letters and underscores";
        } else {
            return;
        }
        throw EngineException.withReason(MilvusError.DATABASE_NAME_INVALID, 
                MilvusError.DATABASE_NAME_INVALID.leafMessage() + "[database=" + name + "]: " + reason);
    }

    private static boolean isFirst(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean restIsValid(String name) {
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!isFirst(c) && !(c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private static EngineException invalid(String message) {
        return EngineException.because(MilvusError.PARAMETER_INVALID, message);
    }
}
