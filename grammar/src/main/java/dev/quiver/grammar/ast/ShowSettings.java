package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW SETTINGS}: the session's settings and their values.
 */
public record ShowSettings() implements Statement {
    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowSettings(this);
    }
}
