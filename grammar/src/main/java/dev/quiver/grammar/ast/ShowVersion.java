package dev.quiver.grammar.ast;

import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW VERSION}: the server's version.
 */
public record ShowVersion() implements Statement {
    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowVersion(this);
    }
}
