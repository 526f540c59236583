package dev.quiver.dsl;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Everything one execution produced, read eagerly so that steps turn it into their result without JDBC. */
record Outcome(long updateCount, @Nullable String commandTag, Map<String, Object> details, @Nullable List<Row> rows) {
    Outcome {
        details = Map.copyOf(details);
        rows = rows == null ? null : List.copyOf(rows);
    }

    List<Row> requireRows() {
        if (rows == null) {
            throw new QuiverException("the statement returned no rows (command tag " + commandTag + ")");
        }
        return rows;
    }
}
