package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Prints what a command that returns no rows did (FLUSH's sealed segment ids and {@code flush_ts}, FLUSH ALL's
 * {@code flush_all_ts}, COMPACT's compaction id, the load state LOAD reached) as one record: a {@code command}
 * column followed by one column per detail, in the detail map's order. Tables, vertical records, CSV, TSV and
 * Markdown print it as a one-row result; JSON and JSON Lines print one object on one line, so that a script can read
 * the id or timestamp it needs for SHOW ... STATE after NOWAIT. Stateless and thread-safe.
 */
public final class CommandResultPrinter {
    /** The name of the first column, holding the statement's verb, e.g. {@code FLUSH ALL}. */
    public static final String COMMAND = "command";

    private final OutputFormat format;
    private final PrintOptions options;

    /** A printer of command results in {@code format}, laid out with {@code options} where the format uses them. */
    public CommandResultPrinter(OutputFormat format, PrintOptions options) {
        this.format = format;
        this.options = options;
    }

    /**
     * Prints one command result.
     *
     * @param command the statement's verb, e.g. {@code FLUSH} or {@code COMPACT}
     * @param details the details in the order to print them; values are numbers, strings, booleans, lists or maps
     */
    public void print(String command, Map<String, ?> details, PrintWriter out) throws SQLException {
        List<Column> columns = new ArrayList<>(details.size() + 1);
        @Nullable Object[] values = new Object[details.size() + 1];
        columns.add(new Column(COMMAND, false));
        values[0] = command;
        int i = 1;
        for (Map.Entry<String, ?> detail : details.entrySet()) {
            columns.add(new Column(detail.getKey(), detail.getValue() instanceof Number));
            values[i++] = detail.getValue();
        }
        if (format == OutputFormat.JSON || format == OutputFormat.JSONL) {
            StringBuilder object = new StringBuilder("{");
            for (int c = 0; c < columns.size(); c++) {
                if (c > 0) {
                    object.append(',');
                }
                Json.appendString(object, columns.get(c).label());
                object.append(':');
                Json.appendValue(object, values[c]);
            }
            out.print(object.append("}\n"));
            return;
        }
        List<@Nullable Object[]> rows = new ArrayList<>(1);
        rows.add(values);
        ((RowPrinter) ResultPrinter.of(format, options)).print(Rows.of(columns, rows), out);
    }
}
