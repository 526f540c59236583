package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code GRANT privilege ON objectType objectName TO role}; the privilege is kept as written (Milvus names such
 * as {@code Search}, {@code Insert}, {@code All}); {@code objectName} may be {@code *}.
 */
public record GrantPrivilege(String privilege, GrantObjectType objectType, String objectName, String role) implements Statement {
    public GrantPrivilege {
        Objects.requireNonNull(privilege, "privilege");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectName, "objectName");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitGrantPrivilege(this);
    }
}
