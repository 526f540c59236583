package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW ALIASES [FOR collection]}; {@code collection} is null for every alias of the database.
 */
public record ShowAliases(@Nullable String collection) implements Statement {
    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowAliases(this);
    }
}
