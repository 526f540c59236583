package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW USERS}.
 */
public record ShowUsers() implements Statement {
    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowUsers(this);
    }
}
