package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;

/** A GitHub-flavoured Markdown table, columns padded to line up, numeric columns marked right-aligned. */
final class MarkdownPrinter extends RowPrinter {

    @Override
    long print(Rows rows, PrintWriter out) throws SQLException {
        List<Column> columns = rows.columns();
        List<String[]> cells = Cells.readAll(rows, columns.size());
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = Math.max(3, Cells.width(escape(columns.get(i).label())));
        }
        for (String[] row : cells) {
            for (int i = 0; i < widths.length; i++) {
                row[i] = escape(row[i]);
                widths[i] = Math.max(widths[i], Cells.width(row[i]));
            }
        }
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < widths.length; i++) {
            line.append(' ').append(Cells.pad(escape(columns.get(i).label()), widths[i], false)).append(" |");
        }
        out.println(line);
        line.setLength(0);
        line.append('|');
        for (int i = 0; i < widths.length; i++) {
            line.append(' ').append("-".repeat(widths[i] - 1)).append(columns.get(i).numeric() ? ':' : '-').append(" |");
        }
        out.println(line);
        for (String[] row : cells) {
            line.setLength(0);
            line.append('|');
            for (int i = 0; i < widths.length; i++) {
                line.append(' ').append(Cells.pad(row[i], widths[i], columns.get(i).numeric())).append(" |");
            }
            out.println(line);
        }
        return cells.size();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
