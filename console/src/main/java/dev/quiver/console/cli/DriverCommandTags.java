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
 * load state); timestamps and ids stay available to programs but would make every run's output differ.
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

    static String summarize(Map<String, Object> details) {
        List<String> parts = new ArrayList<>();
        Object sealed = details.get("sealed_segment_ids");
        if (sealed instanceof Collection<?> segments) {
            parts.add("sealed " + segments.size() + (segments.size() == 1 ? " segment" : " segments"));
        } else if (sealed instanceof long[] segments) {
            parts.add("sealed " + segments.length + (segments.length == 1 ? " segment" : " segments"));
        }
        Object loadState = details.get("load_state");
        if (loadState != null) {
            parts.add("load state " + loadState);
        }
        return String.join(", ", parts);
    }
}
