package dev.quiver.embedded.filter;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * A compiled filter. Immutable and thread-safe; compile once per request, evaluate over any number of segments.
 */
public interface RowPredicate {

    /**
     * Whether row {@code row} of {@code columns} matches. Looks the columns up on every call; to scan many rows of one
     * segment, {@link #bind} once instead.
     */
    boolean test(ColumnAccess columns, int row);

    /**
     * This filter over one segment's columns: looks each column up once, then tests rows without lookups. The
     * result is for one thread at a time.
     */
    default IntPredicate bind(ColumnAccess columns) {
        return row -> test(columns, row);
    }

    /** The names of the columns the filter reads, in first-use order (for segments that load columns lazily). */
    default List<String> columns() {
        return List.of();
    }

    /**
     * Whether the whole filter folded to the constant true (Milvus's {@code AlwaysTrueExpr}, which its plan rewriter
     * makes of a constant boolean such as {@code true and true} or {@code not false}).
     */
    default boolean alwaysTrue() {
        return false;
    }
}
