package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code FLUSH PARTITION partition FROM collection [NOWAIT]}.
 */
public record FlushPartition(String collection, String partition, boolean noWait) implements Statement {
    public FlushPartition {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(partition, "partition");
    }
}
