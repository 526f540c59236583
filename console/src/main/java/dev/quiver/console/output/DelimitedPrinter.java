package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.List;

/**
 * CSV or TSV with a header row, streamed row by row, values complete (vectors are never abbreviated), null as an
 * empty field. CSV quotes a field that contains a comma, a double quote, a line break or leading/trailing spaces,
 * doubling the quotes inside (RFC 4180); TSV escapes tab, line breaks and backslash.
 */
final class DelimitedPrinter extends RowPrinter {

    enum Style { CSV, TSV }

    private final Style style;
    private final boolean tuplesOnly;

    DelimitedPrinter(Style style, boolean tuplesOnly) {
        this.style = style;
        this.tuplesOnly = tuplesOnly;
    }

    @Override
    long print(Rows rows, PrintWriter out) throws SQLException {
        List<Column> columns = rows.columns();
        String[] header = new String[columns.size()];
        for (int i = 0; i < header.length; i++) {
            header[i] = columns.get(i).label();
        }
        if (!tuplesOnly) {
            writeLine(out, header);
        }
        long count = 0;
        String[] fields = new String[columns.size()];
        while (rows.next()) {
            for (int i = 0; i < fields.length; i++) {
                fields[i] = ValueText.full(rows.get(i), "");
            }
            writeLine(out, fields);
            count++;
        }
        return count;
    }

    private void writeLine(PrintWriter out, String[] fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append(style == Style.CSV ? ',' : '\t');
            }
            line.append(style == Style.CSV ? csv(fields[i]) : tsv(fields[i]));
        }
        out.print(line);
        out.print('\n');
    }

    static String csv(String field) {
        boolean quote = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0
                || field.indexOf('\r') >= 0 || (!field.isEmpty()
                && (Character.isWhitespace(field.charAt(0)) || Character.isWhitespace(field.charAt(field.length() - 1))));
        return quote ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }

    static String tsv(String field) {
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
