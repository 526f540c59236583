package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code GRANT ROLE role TO user}.
 */
public record GrantRole(String role, String user) implements Statement {
    public GrantRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(user, "user");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitGrantRole(this);
    }
}
