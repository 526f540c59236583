package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code CREATE ROLE name}.
 */
public record CreateRole(String name) implements Statement {
    public CreateRole {
        Objects.requireNonNull(name, "name");
    }
}
