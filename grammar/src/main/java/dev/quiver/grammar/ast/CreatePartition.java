package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE PARTITION [IF NOT EXISTS] partition IN collection}.
 */
public record CreatePartition(String collection, String partition, boolean ifNotExists) implements Statement {
    public CreatePartition {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(partition, "partition");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreatePartition(this);
    }
}
