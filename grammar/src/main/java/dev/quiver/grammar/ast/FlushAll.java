package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * {@code FLUSH ALL [NOWAIT]}: every collection of every database.
 */
public record FlushAll(boolean noWait) implements Statement {
    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitFlushAll(this);
    }
}
