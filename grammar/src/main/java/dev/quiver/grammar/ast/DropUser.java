package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DROP USER name}.
 */
public record DropUser(String name) implements Statement {
    public DropUser {
        Objects.requireNonNull(name, "name");
    }
}
