package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes a result set in one output format. Implementations are stateless and thread-safe; they read the result
 * set to its end but do not close it.
 */
public interface ResultPrinter {

    /**
     * Prints every remaining row of {@code rows}.
     *
     * @return the number of rows printed
     * @throws SQLException when reading the result set fails; what was printed before stays printed
     */
    long print(ResultSet rows, PrintWriter out) throws SQLException;

    /** The printer for a format with the given layout. */
    static ResultPrinter of(OutputFormat format, PrintOptions options) {
        return switch (format) {
            case TABLE -> new TablePrinter(options);
            case VERTICAL -> new VerticalPrinter();
            case CSV -> new DelimitedPrinter(DelimitedPrinter.Style.CSV);
            case TSV -> new DelimitedPrinter(DelimitedPrinter.Style.TSV);
            case JSON -> new JsonPrinter(false);
            case JSONL -> new JsonPrinter(true);
            case MARKDOWN -> new MarkdownPrinter();
        };
    }
}
