package dev.quiver.console.cli;

import java.io.PrintStream;
import java.util.function.IntSupplier;

/**
 * The progress line redrawn in place with a carriage return and erase-to-end-of-line, for a terminal without a
 * JLine {@link org.jline.terminal.Terminal} of its own (a script run at a terminal) or one that cannot keep a status
 * line. The line is cut to the terminal's width so that it never wraps (a wrapped line could not be redrawn).
 */
final class CarriageReturnSink implements ProgressSink {
    static final int DEFAULT_WIDTH = 80;

    private final PrintStream terminal;
    private final IntSupplier width;

    /** @param width the terminal's width in columns; 0 or less when unknown (then {@value #DEFAULT_WIDTH}) */
    CarriageReturnSink(PrintStream terminal, IntSupplier width) {
        this.terminal = terminal;
        this.width = width;
    }

    @Override
    public void show(String line) {
        int columns = width.getAsInt() > 0 ? width.getAsInt() : DEFAULT_WIDTH;
        String fitted = line.codePointCount(0, line.length()) < columns ? line
                : line.substring(0, line.offsetByCodePoints(0, columns - 2)) + "…";
        terminal.print("\r" + fitted + "\u001b[K");
        terminal.flush();
    }

    @Override
    public void clear() {
        terminal.print("\r\u001b[K");
        terminal.flush();
    }
}
