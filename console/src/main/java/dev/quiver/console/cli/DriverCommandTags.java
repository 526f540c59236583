package dev.quiver.console.cli;

import dev.quiver.console.session.CommandTags;
import dev.quiver.driver.MilvusStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Command tags from the driver's {@link MilvusStatement} extension, printed as {@code TAG (details)}, e.g.
 * {@code FLUSH 1 (sealed 3 segments)}. Of the details only those worth reading are summarized (sealed segments,
 * load state); the ids and timestamps themselves are printed as a record by the session, see {@link #details}.
 * Statements of other drivers get the fallback's tag.
 */
final class DriverCommandTags implements CommandTags {
    private final CommandTags fallback;

    private DriverCommandTags(CommandTags fallback) {
        this.fallback = fallback;
    }

    /** Tags from the Quiver driver's extension, else from {@code fallback}. */
    static CommandTags orElse(CommandTags fallback) {
        return new DriverCommandTags(fallback);
    }

    @Override
    public String describe(Statement statement, String sql, long updateCount) throws SQLException {
        if (!statement.isWrapperFor(MilvusStatement.class)) {
            return fallback.describe(statement, sql, updateCount);
        }
        MilvusStatement milvusStatement = statement.unwrap(MilvusStatement.class);
        String tag = milvusStatement.getCommandTag();
        if (tag == null || tag.isBlank()) {
            return fallback.describe(statement, sql, updateCount);
        }
        String details = summarize(milvusStatement.getDetails());
        return details.isEmpty() ? tag : tag + " (" + details + ")";
    }

    @Override
    public Map<String, Object> details(Statement statement) throws SQLException {
        if (!statement.isWrapperFor(MilvusStatement.class)) {
            return fallback.details(statement);
        }
        return statement.unwrap(MilvusStatement.class).getDetails();
    }

    static String summarize(Map<String, Object> details) {
        List<String> parts = new ArrayList<>();
        int sealed = count(details.get("sealed_segment_ids"));
        if (sealed >= 0) {
            parts.add("sealed " + sealed + (sealed == 1 ? " segment" : " segments"));
        }
        Object loadState = details.get("load_state");
        if (loadState != null) {
            parts.add("load state " + loadState);
        }
        return String.join(", ", parts);
    }

    /** The number of ids in a list, an array, or a map of lists (per collection); -1 when absent. */
    private static int count(@org.jspecify.annotations.Nullable Object ids) {
        if (ids instanceof Collection<?> list) {
            return list.size();
        }
        if (ids instanceof long[] array) {
            return array.length;
        }
        if (ids instanceof Map<?, ?> perCollection) {
            int total = 0;
            for (Object value : perCollection.values()) {
                total += Math.max(0, count(value));
            }
            return total;
        }
        return -1;
    }
}
