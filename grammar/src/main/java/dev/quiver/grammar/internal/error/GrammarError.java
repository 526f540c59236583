package dev.quiver.grammar.internal.error;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A problem found while parsing, as the parser internals report it. The public facades turn it into a
 * {@link dev.quiver.grammar.ParsingException} with the same description, position, token and expected tokens; it
 * exists so that the internals need not depend on the public package that depends on them.
 */
public final class GrammarError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String description;
    private final int line;
    private final int column;
    private final @Nullable String offendingToken;
    private final List<String> expected;

    /**
     * @param description what is wrong, without the position prefix
     * @param line the 1-based line of the problem
     * @param column the 1-based column of the problem
     * @param offendingToken the text of the token at fault, or null when there is none
     * @param expected readable names of what could have stood there, empty when not a syntax error
     */
    public GrammarError(String description, int line, int column, @Nullable String offendingToken,
                        List<String> expected) {
        super("line " + line + ":" + column + ": " + description);
        this.description = description;
        this.line = line;
        this.column = column;
        this.offendingToken = offendingToken;
        this.expected = List.copyOf(expected);
    }

    /** A problem found after parsing (a semantic check) at the given position. */
    public GrammarError(String description, int line, int column) {
        this(description, line, column, null, List.of());
    }

    /** What is wrong, without the {@code line L:C:} prefix. */
    public String description() {
        return description;
    }

    /** The 1-based line. */
    public int line() {
        return line;
    }

    /** The 1-based column. */
    public int column() {
        return column;
    }

    /** The text of the offending token, or null. */
    public @Nullable String offendingToken() {
        return offendingToken;
    }

    /** The expected tokens; empty unless a syntax error. */
    public List<String> expected() {
        return expected;
    }
}
