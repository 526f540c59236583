package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code REVOKE privilege ON objectType objectName FROM role}; see {@link GrantPrivilege}.
 */
public record RevokePrivilege(String privilege, GrantObjectType objectType, String objectName, String role) implements Statement {
    public RevokePrivilege {
        Objects.requireNonNull(privilege, "privilege");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitRevokePrivilege(this);
    }
}
