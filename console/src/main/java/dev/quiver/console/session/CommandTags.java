package dev.quiver.console.session;

import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * The line printed after a statement that returns no rows, such as {@code FLUSH 1 (sealed 3 segments)}.
 * Implementations must be thread-safe.
 */
@FunctionalInterface
public interface CommandTags {
    /** Second words that name what a statement acts on. */
    java.util.regex.Pattern OBJECT_KINDS = java.util.regex.Pattern.compile(
            "(?i)ALL|ALIAS(ES)?|COLLECTIONS?|TABLES?|DATABASES?|PARTITIONS?|INDEX(ES)?|USERS?|ROLES?|LOAD|STATISTICS"
                    + "|VERSION|HEALTH|SETTINGS|SEGMENTS|GRANTS|CREATE|FLUSH|COMPACTION|LOADING");


    /**
     * The command tag of the statement that just ran.
     *
     * @param statement   the JDBC statement, positioned on the update count being reported
     * @param sql         the statement text that ran
     * @param updateCount its update count
     */
    String describe(Statement statement, String sql, long updateCount) throws SQLException;

    /**
     * The details of the statement that just ran (sealed segment ids, {@code flush_ts}, {@code flush_all_ts},
     * compaction id, load state...), in the driver's order; empty when the driver reports none.
     *
     * @param statement the JDBC statement, positioned on the update count being reported
     */
    default Map<String, Object> details(Statement statement) throws SQLException {
        return Map.of();
    }

    /**
     * Tags for drivers without a command-tag extension: the statement's first keyword(s) and the update count,
     * e.g. {@code INSERT 5}.
     */
    static CommandTags generic() {
        return (statement, sql, updateCount) -> leadingWords(sql) + " " + updateCount;
    }

    /**
     * The statement's verb in upper case, with its object when the second word names a kind of object:
     * {@code CREATE INDEX}, {@code LOAD COLLECTION}, {@code FLUSH ALL}, but {@code FLUSH} for {@code FLUSH films}.
     */
    static String leadingWords(String sql) {
        String[] words = sql.strip().split("\\s+", 3);
        String first = words[0].toUpperCase(Locale.ROOT);
        if (words.length > 1 && OBJECT_KINDS.matcher(words[1]).matches()) {
            return first + " " + words[1].toUpperCase(Locale.ROOT);
        }
        return first;
    }
}
