package dev.quiver.console.session;

import dev.quiver.console.output.OutputFormat;
import dev.quiver.console.output.PrintOptions;
import java.util.function.IntSupplier;

/**
 * The mutable display settings of a session ({@code --format}, {@code \x}, {@code \timing}, {@code --echo}, ...).
 * Not thread-safe: owned by the session's thread.
 */
public final class Settings {
    private OutputFormat format;
    private OutputFormat formatBeforeVertical;
    private boolean timing;
    private boolean echo;
    private boolean unicode;
    private ErrorPolicy errorPolicy = ErrorPolicy.STOP;
    private IntSupplier width;
    private boolean tuplesOnly;
    private boolean quiet;
    private int maxRows;

    /**
     * @param format  the initial output format
     * @param unicode box-drawing table borders instead of ASCII
     * @param width   the current terminal width (0 when unknown or not a terminal: tables are not narrowed)
     */
    public Settings(OutputFormat format, boolean unicode, IntSupplier width) {
        this.format = format;
        this.formatBeforeVertical = format == OutputFormat.VERTICAL ? OutputFormat.TABLE : format;
        this.unicode = unicode;
        this.width = width;
    }

    public OutputFormat format() {
        return format;
    }

    public void format(OutputFormat newFormat) {
        format = newFormat;
        if (newFormat != OutputFormat.VERTICAL) {
            formatBeforeVertical = newFormat;
        }
    }

    /** {@code \x}: vertical output on, or back to the format used before; returns the new format. */
    public OutputFormat toggleVertical() {
        format = format == OutputFormat.VERTICAL ? formatBeforeVertical : OutputFormat.VERTICAL;
        return format;
    }

    public boolean timing() {
        return timing;
    }

    public void timing(boolean on) {
        timing = on;
    }

    public boolean echo() {
        return echo;
    }

    public void echo(boolean on) {
        echo = on;
    }

    public boolean unicode() {
        return unicode;
    }

    public void unicode(boolean on) {
        unicode = on;
    }

    public ErrorPolicy errorPolicy() {
        return errorPolicy;
    }

    public void errorPolicy(ErrorPolicy policy) {
        errorPolicy = policy;
    }

    /** Sets where the terminal width is read from (0 = not a terminal: tables are not narrowed). */
    public void width(IntSupplier terminalWidth) {
        width = terminalWidth;
    }

    /** {@code -t}, {@code \t}: rows only, without headers and row counts. */
    public boolean tuplesOnly() {
        return tuplesOnly;
    }

    public void tuplesOnly(boolean on) {
        tuplesOnly = on;
    }

    /** {@code -q}: no banner, command tags or row counts; results and errors only. */
    public boolean quiet() {
        return quiet;
    }

    public void quiet(boolean on) {
        quiet = on;
    }

    /** {@code --max-rows}, {@code \maxrows}: the most rows a table shows; 0 shows all. */
    public int maxRows() {
        return maxRows;
    }

    /** @throws IllegalArgumentException when {@code rows} is negative */
    public void maxRows(int rows) {
        if (rows < 0) {
            throw new IllegalArgumentException("the row limit must be 0 (no limit) or more, was " + rows);
        }
        maxRows = rows;
    }

    /** The layout for printers now (the terminal width is read at each call, so resizing is honoured). */
    public PrintOptions printOptions() {
        return new PrintOptions(Math.max(0, width.getAsInt()), unicode, tuplesOnly, maxRows);
    }
}
