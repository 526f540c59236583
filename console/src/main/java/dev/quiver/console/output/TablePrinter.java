package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;

/**
 * An aligned table with borders. Numeric columns align right. When the table is wider than
 * {@link PrintOptions#maxWidth()}, the widest columns are narrowed (never below {@value #MIN_COLUMN_WIDTH}
 * characters) and their cells cut with an ellipsis.
 */
final class TablePrinter extends RowPrinter {
    static final int MIN_COLUMN_WIDTH = 4;

    /** Printed under a table whose vectors were abbreviated: how to get them whole. */
    static final String ABBREVIATED_NOTE = "Long vectors are abbreviated; \\format csv, tsv or json prints them in full.";

    private final PrintOptions options;
    private final Border border;

    TablePrinter(PrintOptions options) {
        this.options = options;
        this.border = options.unicode() ? Border.UNICODE : Border.ASCII;
    }

    @Override
    long print(Rows rows, PrintWriter out) throws SQLException {
        List<Column> columns = rows.columns();
        Cells.Kept kept = Cells.readKeeping(rows, columns.size(), options.maxRows());
        List<String[]> cells = kept.rows();
        if (kept.skipped() > 0) {
            String[] gap = new String[columns.size()];
            java.util.Arrays.fill(gap, "...");
            cells.add(kept.gapAt(), gap);
        }
        int[] widths = widths(columns, cells);
        out.println(rule(border.top(), widths));
        if (!options.tuplesOnly()) {
            StringBuilder header = new StringBuilder(border.vertical());
            for (int i = 0; i < widths.length; i++) {
                header.append(' ').append(Cells.pad(Cells.fit(columns.get(i).label(), widths[i]), widths[i], false))
                        .append(' ').append(border.vertical());
            }
            out.println(header);
            out.println(rule(border.middle(), widths));
        }
        for (int r = 0; r < cells.size(); r++) {
            String[] row = cells.get(r);
            boolean gap = kept.skipped() > 0 && r == kept.gapAt();
            StringBuilder line = new StringBuilder(border.vertical());
            for (int i = 0; i < widths.length; i++) {
                line.append(' ').append(Cells.pad(Cells.fit(row[i], widths[i]), widths[i],
                                !gap && columns.get(i).numeric()))
                        .append(' ').append(border.vertical());
            }
            out.println(line);
        }
        out.println(rule(border.bottom(), widths));
        if (kept.abbreviated() && !options.tuplesOnly()) {
            out.println(ABBREVIATED_NOTE);
        }
        return kept.total();
    }

    private int[] widths(List<Column> columns, List<String[]> cells) {
        int[] widths = new int[columns.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = options.tuplesOnly() ? 1 : Cells.width(columns.get(i).label());
        }
        for (String[] row : cells) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], Cells.width(row[i]));
            }
        }
        if (options.maxWidth() > 0) {
            narrow(widths, options.maxWidth());
        }
        return widths;
    }

    /** Takes one character at a time from the widest column until the table fits or nothing can be taken. */
    private static void narrow(int[] widths, int maxWidth) {
        int total = 1;
        for (int width : widths) {
            total += width + 3;
        }
        while (total > maxWidth) {
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            if (widths.length == 0 || widths[widest] <= MIN_COLUMN_WIDTH) {
                return;
            }
            widths[widest]--;
            total--;
        }
    }

    private String rule(String[] parts, int[] widths) {
        StringBuilder line = new StringBuilder(parts[0]);
        for (int i = 0; i < widths.length; i++) {
            line.append(border.horizontal().repeat(widths[i] + 2)).append(i == widths.length - 1 ? parts[2] : parts[1]);
        }
        if (widths.length == 0) {
            line.append(parts[2]);
        }
        return line.toString();
    }

    private enum Border {
        ASCII("-", "|", new String[] {"+", "+", "+"}, new String[] {"+", "+", "+"}, new String[] {"+", "+", "+"}),
        UNICODE("─", "│", new String[] {"┌", "┬", "┐"}, new String[] {"├", "┼", "┤"}, new String[] {"└", "┴", "┘"});

        private final String horizontal;
        private final String vertical;
        private final String[] top;
        private final String[] middle;
        private final String[] bottom;

        Border(String horizontal, String vertical, String[] top, String[] middle, String[] bottom) {
            this.horizontal = horizontal;
            this.vertical = vertical;
            this.top = top;
            this.middle = middle;
            this.bottom = bottom;
        }

        String horizontal() {
            return horizontal;
        }

        String vertical() {
            return vertical;
        }

        String[] top() {
            return top.clone();
        }

        String[] middle() {
            return middle.clone();
        }

        String[] bottom() {
            return bottom.clone();
        }
    }
}
