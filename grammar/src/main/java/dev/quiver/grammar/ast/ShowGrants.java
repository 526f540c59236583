package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW GRANTS FOR role}.
 */
public record ShowGrants(String role) implements Statement {
    public ShowGrants {
        Objects.requireNonNull(role, "role");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowGrants(this);
    }
}
