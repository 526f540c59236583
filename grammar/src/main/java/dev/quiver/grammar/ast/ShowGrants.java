package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code SHOW GRANTS FOR role}.
 */
public record ShowGrants(String role) implements Statement {
    public ShowGrants {
        Objects.requireNonNull(role, "role");
    }
}
