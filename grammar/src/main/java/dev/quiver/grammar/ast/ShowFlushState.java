package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW FLUSH STATE OF collection AT ts}; {@code flushTimestamp} is an integer literal or a parameter.
 */
public record ShowFlushState(String collection, Expression flushTimestamp) implements Statement {
    public ShowFlushState {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(flushTimestamp, "flushTimestamp");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowFlushState(this);
    }
}
