package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code SHOW CREATE COLLECTION name}.
 */
public record ShowCreateCollection(String name) implements Statement {
    public ShowCreateCollection {
        Objects.requireNonNull(name, "name");
    }
}
