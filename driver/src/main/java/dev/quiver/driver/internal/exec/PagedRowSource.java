package dev.quiver.driver.internal.exec;

import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A {@link RowSource} that asks its {@link RowSource.PageFetcher} for the next page only when it needs it. */
final class PagedRowSource implements RowSource {
    private final List<Column> columns;
    private final PageFetcher fetcher;
    private Iterator<Object[]> page = List.<Object[]>of().iterator();
    private boolean exhausted;
    private boolean closed;

    PagedRowSource(List<Column> columns, PageFetcher fetcher) {
        this.columns = List.copyOf(columns);
        this.fetcher = fetcher;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public Object @Nullable [] next() throws SQLException {
        while (!page.hasNext()) {
            if (exhausted || closed) {
                return null;
            }
            List<Object[]> rows = fetcher.nextPage();
            if (rows.isEmpty()) {
                exhausted = true;
                return null;
            }
            page = rows.iterator();
        }
        return page.next();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            fetcher.close();
        }
    }
}
