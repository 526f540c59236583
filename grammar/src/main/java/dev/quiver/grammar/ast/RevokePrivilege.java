package dev.quiver.grammar.ast;

import java.util.Objects;

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
}
