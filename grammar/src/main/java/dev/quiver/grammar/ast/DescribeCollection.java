package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DESCRIBE COLLECTION name} or {@code DESC name}: one row per field.
 */
public record DescribeCollection(String name) implements Statement {
    public DescribeCollection {
        Objects.requireNonNull(name, "name");
    }
}
