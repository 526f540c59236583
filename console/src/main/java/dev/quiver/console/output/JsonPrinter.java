package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;

/**
 * JSON output, streamed row by row: either one array of objects per result (one object per line inside it) or,
 * for JSON Lines, one object per line and nothing else. Keys are the column labels in column order.
 */
final class JsonPrinter extends RowPrinter {
    private final boolean lines;

    JsonPrinter(boolean lines) {
        this.lines = lines;
    }

    @Override
    long print(Rows rows, PrintWriter out) throws SQLException {
        List<Column> columns = rows.columns();
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
            if (lines) {
                out.print(object);
                out.print('\n');
            } else {
                out.print(count == 0 ? "[\n  " : ",\n  ");
                out.print(object);
            }
            count++;
        }
        if (!lines) {
            out.print(count == 0 ? "[]\n" : "\n]\n");
        }
        return count;
    }
}
