package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DROP ROLE name}.
 */
public record DropRole(String name) implements Statement {
    public DropRole {
        Objects.requireNonNull(name, "name");
    }
}
