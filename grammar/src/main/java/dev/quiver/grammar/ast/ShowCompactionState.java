package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW COMPACTION STATE id}; the id is an integer literal or a parameter.
 */
public record ShowCompactionState(Expression compactionId) implements Statement {
    public ShowCompactionState {
        Objects.requireNonNull(compactionId, "compactionId");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowCompactionState(this);
    }
}
