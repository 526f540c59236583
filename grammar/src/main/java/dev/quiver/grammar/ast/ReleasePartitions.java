package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code RELEASE PARTITION[S] p [, q ...] FROM collection}; {@code partitions} is not empty.
 */
public record ReleasePartitions(String collection, List<String> partitions) implements Statement {
    public ReleasePartitions {
        Objects.requireNonNull(collection, "collection");
        partitions = List.copyOf(partitions);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitReleasePartitions(this);
    }
}
