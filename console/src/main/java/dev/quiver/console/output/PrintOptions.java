package dev.quiver.console.output;

/**
 * How a printer lays out its output.
 *
 * @param maxWidth the widest line a table may print, in characters; 0 means unlimited (no cell is truncated)
 * @param unicode    box-drawing characters for table borders instead of ASCII {@code + - |}
 * @param tuplesOnly rows only: no header line (table, CSV, TSV)
 * @param maxRows    the most rows a table shows, the first and last halves with a "..." row between them (as
 *                   DuckDB does); 0 shows all
 */
public record PrintOptions(int maxWidth, boolean unicode, boolean tuplesOnly, int maxRows) {
    /** ASCII borders, unlimited width: the layout for pipes and files. */
    public static final PrintOptions PLAIN = new PrintOptions(0, false);

    /** @throws IllegalArgumentException when maxWidth or maxRows is negative */
    public PrintOptions {
        if (maxWidth < 0) {
            throw new IllegalArgumentException("maxWidth must be >= 0, was " + maxWidth);
        }
        if (maxRows < 0) {
            throw new IllegalArgumentException("maxRows must be >= 0, was " + maxRows);
        }
    }

    /** With headers and every row. */
    public PrintOptions(int maxWidth, boolean unicode) {
        this(maxWidth, unicode, false, 0);
    }
}
