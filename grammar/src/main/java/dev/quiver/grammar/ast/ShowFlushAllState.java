package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW FLUSH ALL STATE AT ts}; the timestamp is an integer literal or a parameter.
 */
public record ShowFlushAllState(Expression flushAllTimestamp) implements Statement {
    public ShowFlushAllState {
        Objects.requireNonNull(flushAllTimestamp, "flushAllTimestamp");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowFlushAllState(this);
    }
}
