package dev.quiver.driver.internal.exec;

import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows behind a {@link java.sql.ResultSet}, read forward once. Row arrays hold one Java value per column in
 * the classes {@link ColumnType} documents (null for SQL NULL). Not thread-safe; the result set calls it from
 * one thread. {@link #close()} is called once when the result set closes, even before the end is reached.
 */
public interface RowSource extends AutoCloseable {

    /** The columns, in order. */
    List<Column> columns();

    /** The next row, or null at the end. */
    Object @Nullable [] next() throws SQLException;

    @Override
    default void close() {
    }

    /** Rows already in memory. */
    static RowSource of(List<Column> columns, List<Object[]> rows) {
        List<Column> cols = List.copyOf(columns);
        Deque<Object[]> queue = new ArrayDeque<>(rows);
        return new RowSource() {
            @Override
            public List<Column> columns() {
                return cols;
            }

            @Override
            public Object @Nullable [] next() {
                return queue.poll();
            }
        };
    }

    /**
     * Rows fetched a page at a time: the first page now, so that a statement the server rejects (a collection not
     * loaded, a bad filter) fails when it is executed rather than at the first {@code next()}; each later page
     * when the previous one is used up. See {@link PageFetcher}. When the first page fails the fetcher is closed.
     */
    static RowSource paged(List<Column> columns, PageFetcher fetcher) throws SQLException {
        return PagedRowSource.start(columns, fetcher);
    }

    /** Fetches the next page of a paged result (for query results past 16384 rows). */
    @FunctionalInterface
    interface PageFetcher {
        /** The next page of rows; an empty list ends the result (it is not called again). */
        List<Object[]> nextPage() throws SQLException;

        /** Releases server-side state (e.g. an iterator); called once, when the result set closes. */
        default void close() {
        }
    }
}
