package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code FLUSH PARTITION partition FROM collection [NOWAIT]}.
 */
public record FlushPartition(String collection, String partition, boolean noWait) implements Statement {
    public FlushPartition {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(partition, "partition");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitFlushPartition(this);
    }
}
