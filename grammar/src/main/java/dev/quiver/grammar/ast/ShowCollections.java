package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW COLLECTIONS [LIKE 'pattern']}; {@code pattern} is null when there is no LIKE.
 */
public record ShowCollections(@Nullable String pattern) implements Statement {
    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowCollections(this);
    }
}
