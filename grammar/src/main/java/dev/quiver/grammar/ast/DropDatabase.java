package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DROP DATABASE [IF EXISTS] name}.
 */
public record DropDatabase(String name, boolean ifExists) implements Statement {
    public DropDatabase {
        Objects.requireNonNull(name, "name");
    }
}
