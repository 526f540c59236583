package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DESCRIBE INDEX name ON collection}.
 */
public record DescribeIndex(String name, String collection) implements Statement {
    public DescribeIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collection, "collection");
    }
}
