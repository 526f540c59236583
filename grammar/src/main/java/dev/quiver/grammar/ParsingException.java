package dev.quiver.grammar;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement or expression that cannot be parsed or fails a check that needs no server. The message has the
 * form {@code line L:C: description}, for example
 * {@code line 1:24: mismatched input 'test_collection'. Expecting: 'FROM', ','}.
 *
 * <p>Lines and columns count from 1. Instances are immutable.
 */
public final class ParsingException extends RuntimeException {
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
     * @param offendingToken the text of the token at fault, or null when there is none (end of input, semantic checks)
     * @param expected readable names of what could have stood there, empty when not a syntax error
     */
    public ParsingException(String description, int line, int column, @Nullable String offendingToken,
                            List<String> expected) {
        super("line " + line + ":" + column + ": " + description);
        this.description = description;
        this.line = line;
        this.column = column;
        this.offendingToken = offendingToken;
        this.expected = List.copyOf(expected);
    }

    /** A problem found after parsing (a semantic check) at the given position. */
    public ParsingException(String description, int line, int column) {
        this(description, line, column, null, List.of());
    }

    /** What is wrong, without the {@code line L:C:} prefix. */
    public String getDescription() {
        return description;
    }

    /** The 1-based line of the problem. */
    public int getLine() {
        return line;
    }

    /** The 1-based column of the problem. */
    public int getColumn() {
        return column;
    }

    /** The text of the offending token, or null when there is none. */
    public @Nullable String getOffendingToken() {
        return offendingToken;
    }

    /** Readable names of the tokens that were expected; empty unless this is a syntax error. */
    public List<String> getExpected() {
        return expected;
    }
}
