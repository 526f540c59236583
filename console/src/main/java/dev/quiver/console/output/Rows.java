package dev.quiver.console.output;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the printers read: the columns, then the rows one at a time, from a result set or from values in memory. */
interface Rows {

    List<Column> columns() throws SQLException;

    /** Moves to the next row; false when there is none. */
    boolean next() throws SQLException;

    /** The value of the current row's column at {@code index} (0-based). */
    @Nullable Object get(int index) throws SQLException;

    static Rows of(ResultSet resultSet) {
        return new Rows() {
            @Override
            public List<Column> columns() throws SQLException {
                return Column.of(resultSet.getMetaData());
            }

            @Override
            public boolean next() throws SQLException {
                return resultSet.next();
            }

            @Override
            public @Nullable Object get(int index) throws SQLException {
                return resultSet.getObject(index + 1);
            }
        };
    }

    static Rows of(List<Column> columns, List<@Nullable Object[]> values) {
        Iterator<@Nullable Object[]> rows = values.iterator();
        return new Rows() {
            private @Nullable Object @Nullable [] current;

            @Override
            public List<Column> columns() {
                return columns;
            }

            @Override
            public boolean next() {
                current = rows.hasNext() ? rows.next() : null;
                return current != null;
            }

            @Override
            public @Nullable Object get(int index) {
                if (current == null) {
                    throw new IllegalStateException("no current row");
                }
                return current[index];
            }
        };
    }
}
