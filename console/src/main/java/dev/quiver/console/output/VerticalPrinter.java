package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;

/** One block per row, one {@code label | value} line per column, as psql's expanded mode prints. */
final class VerticalPrinter extends RowPrinter {

    @Override
    long print(Rows rows, PrintWriter out) throws SQLException {
        List<Column> columns = rows.columns();
        int labelWidth = 0;
        for (Column column : columns) {
            labelWidth = Math.max(labelWidth, Cells.width(column.label()));
        }
        long count = 0;
        while (rows.next()) {
            count++;
            out.println("-[ RECORD " + count + " ]" + "-".repeat(Math.max(0, labelWidth + 3 - 12)));
            for (int i = 0; i < columns.size(); i++) {
                String value = Cells.oneLine(ValueText.abbreviated(rows.get(i)));
                out.println(Cells.pad(columns.get(i).label(), labelWidth, false) + " | " + value);
            }
        }
        return count;
    }
}
