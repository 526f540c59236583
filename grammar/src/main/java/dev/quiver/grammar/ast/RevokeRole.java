package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code REVOKE ROLE role FROM user}.
 */
public record RevokeRole(String role, String user) implements Statement {
    public RevokeRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(user, "user");
    }
}
