package dev.quiver.console.output;

import java.io.PrintWriter;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

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

    /** The printer for a format with the given layout; a JSON result is a document of its own. */
    static ResultPrinter of(OutputFormat format, PrintOptions options) {
        return of(format, options, null);
    }

    /**
     * The printer for a format with the given layout.
     *
     * @param document for {@link OutputFormat#JSON}: the document the rows go into, so that the results of several
     *                 statements make one array; the caller {@linkplain JsonDocument#finish() finishes} it. Null:
     *                 each result is a document of its own.
     */
    static ResultPrinter of(OutputFormat format, PrintOptions options, @Nullable JsonDocument document) {
        return switch (format) {
            case TABLE -> new TablePrinter(options);
            case VERTICAL -> new VerticalPrinter();
            case CSV -> new DelimitedPrinter(DelimitedPrinter.Style.CSV, options.tuplesOnly());
            case TSV -> new DelimitedPrinter(DelimitedPrinter.Style.TSV, options.tuplesOnly());
            case JSON -> new JsonPrinter(document);
            case JSONL -> new JsonPrinter();
            case MARKDOWN -> new MarkdownPrinter();
        };
    }
}
