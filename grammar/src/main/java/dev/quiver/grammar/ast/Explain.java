package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code EXPLAIN statement}: shows the RPCs {@code statement} would send, executing nothing.
 */
public record Explain(Statement statement) implements Statement {
    public Explain {
        Objects.requireNonNull(statement, "statement");
    }
}
