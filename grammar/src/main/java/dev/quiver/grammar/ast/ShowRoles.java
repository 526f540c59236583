package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW ROLES}.
 */
public record ShowRoles() implements Statement {
    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowRoles(this);
    }
}
