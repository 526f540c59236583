package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP PARTITION [IF EXISTS] partition FROM collection}.
 */
public record DropPartition(String collection, String partition, boolean ifExists) implements Statement {
    public DropPartition {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(partition, "partition");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDropPartition(this);
    }
}
