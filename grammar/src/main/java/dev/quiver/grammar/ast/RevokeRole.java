package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code REVOKE ROLE role FROM user}.
 */
public record RevokeRole(String role, String user) implements Statement {
    public RevokeRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(user, "user");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitRevokeRole(this);
    }
}
