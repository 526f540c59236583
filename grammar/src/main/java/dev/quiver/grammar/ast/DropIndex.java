package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DROP INDEX name ON collection}.
 */
public record DropIndex(String name, String collection) implements Statement {
    public DropIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collection, "collection");
    }
}
