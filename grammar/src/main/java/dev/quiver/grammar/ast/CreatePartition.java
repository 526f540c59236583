package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code CREATE PARTITION [IF NOT EXISTS] partition IN collection}.
 */
public record CreatePartition(String collection, String partition, boolean ifNotExists) implements Statement {
    public CreatePartition {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(partition, "partition");
    }
}
