package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code SHOW PARTITIONS FROM collection}.
 */
public record ShowPartitions(String collection) implements Statement {
    public ShowPartitions {
        Objects.requireNonNull(collection, "collection");
    }
}
