package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW PARTITIONS FROM collection}.
 */
public record ShowPartitions(String collection) implements Statement {
    public ShowPartitions {
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowPartitions(this);
    }
}
