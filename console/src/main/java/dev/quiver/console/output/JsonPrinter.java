package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * JSON output, streamed row by row: either an array of objects (one object per line inside it; the results of
 * several statements go into one array, see {@link JsonDocument}) or, for JSON Lines, one object per line and
 * nothing else. Keys are the column labels in column order.
 */
final class JsonPrinter extends RowPrinter {
    private final boolean lines;
    private final @Nullable JsonDocument shared;

    /** JSON Lines. */
    JsonPrinter() {
        this.lines = true;
        this.shared = null;
    }

    /** A JSON array: the rows go into {@code document}, or into an array of their own when it is null. */
    JsonPrinter(@Nullable JsonDocument document) {
        this.lines = false;
        this.shared = document;
    }

    @Override
    long print(Rows rows, PrintWriter out) throws SQLException {
        List<Column> columns = rows.columns();
        JsonDocument document = lines ? null : shared != null ? shared : new JsonDocument();
        if (document != null) {
            document.begin(out);
        }
        long count = 0;
        StringBuilder object = new StringBuilder();
        while (rows.next()) {
            object.setLength(0);
            object.append('{');
            for (int i = 0; i < columns.size(); i++) {
                if (i > 0) {
                    object.append(',');
                }
                Json.appendString(object, columns.get(i).label());
                object.append(':');
                Json.appendValue(object, rows.get(i));
            }
            object.append('}');
            if (document == null) {
                out.print(object);
                out.print('\n');
            } else {
                document.row(object);
            }
            count++;
        }
        if (document != null && shared == null) {
            document.finish();
        }
        return count;
    }
}
