package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DROP PARTITION [IF EXISTS] partition FROM collection}.
 */
public record DropPartition(String collection, String partition, boolean ifExists) implements Statement {
    public DropPartition {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(partition, "partition");
    }
}
