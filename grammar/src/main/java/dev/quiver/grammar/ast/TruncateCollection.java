package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code TRUNCATE COLLECTION name}.
 */
public record TruncateCollection(String name) implements Statement {
    public TruncateCollection {
        Objects.requireNonNull(name, "name");
    }
}
