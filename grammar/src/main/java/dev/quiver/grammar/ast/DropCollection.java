package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DROP COLLECTION [IF EXISTS] name}.
 */
public record DropCollection(String name, boolean ifExists) implements Statement {
    public DropCollection {
        Objects.requireNonNull(name, "name");
    }
}
