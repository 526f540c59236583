package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code GRANT ROLE role TO user}.
 */
public record GrantRole(String role, String user) implements Statement {
    public GrantRole {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(user, "user");
    }
}
