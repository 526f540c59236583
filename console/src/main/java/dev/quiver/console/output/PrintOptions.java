package dev.quiver.console.output;

/**
 * How a printer lays out its output.
 *
 * @param maxWidth the widest line a table may print, in characters; 0 means unlimited (no cell is truncated)
 * @param unicode  box-drawing characters for table borders instead of ASCII {@code + - |}
 */
public record PrintOptions(int maxWidth, boolean unicode) {
    /** ASCII borders, unlimited width: the layout for pipes and files. */
    public static final PrintOptions PLAIN = new PrintOptions(0, false);

    /** @throws IllegalArgumentException when maxWidth is negative */
    public PrintOptions {
        if (maxWidth < 0) {
            throw new IllegalArgumentException("maxWidth must be >= 0, was " + maxWidth);
        }
    }
}
