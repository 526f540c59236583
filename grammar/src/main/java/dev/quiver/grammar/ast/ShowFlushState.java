package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;

/**
 * {@code SHOW FLUSH STATE OF collection AT ts}; {@code flushTimestamp} is an integer literal or a parameter.
 */
public record ShowFlushState(String collection, Expression flushTimestamp) implements Statement {
    public ShowFlushState {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(flushTimestamp, "flushTimestamp");
    }
}
