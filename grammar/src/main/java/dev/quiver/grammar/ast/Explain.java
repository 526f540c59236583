package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code EXPLAIN statement}: shows the RPCs {@code statement} would send, executing nothing.
 */
public record Explain(Statement statement) implements Statement {
    public Explain {
        Objects.requireNonNull(statement, "statement");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitExplain(this);
    }
}
