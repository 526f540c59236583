package dev.quiver.driver.internal.exec;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RowSource} that asks its {@link RowSource.PageFetcher} for the first page when it is made and for each
 * next page only when it needs it.
 */
final class PagedRowSource implements RowSource {
    private final List<Column> columns;
    private final PageFetcher fetcher;
    private Iterator<Object[]> page = List.<Object[]>of().iterator();
    private boolean exhausted;
    private boolean closed;

    private PagedRowSource(List<Column> columns, PageFetcher fetcher) {
        this.columns = List.copyOf(columns);
        this.fetcher = fetcher;
    }

    static PagedRowSource start(List<Column> columns, PageFetcher fetcher) throws SQLException {
        PagedRowSource source = new PagedRowSource(columns, fetcher);
        try {
            source.fill();
        } catch (SQLException | RuntimeException e) {
            source.close();
            throw e;
        }
        return source;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Object @Nullable [] next() throws SQLException {
        fill();
        return page.hasNext() ? page.next() : null;
    }

    /** Fetches pages until one has a row or the result ends. */
    private void fill() throws SQLException {
        while (!page.hasNext() && !exhausted && !closed) {
            List<Object[]> rows = fetcher.nextPage();
            if (rows.isEmpty()) {
                exhausted = true;
            } else {
                page = rows.iterator();
            }
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            fetcher.close();
        }
    }
}
