package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code LOAD PARTITION[S] p [, q ...] FROM collection [WITH (properties)] [NOWAIT]}; {@code partitions} is not
 * empty.
 */
public record LoadPartitions(String collection, List<String> partitions, List<Property> properties,
        boolean noWait) implements Statement {
    public LoadPartitions {
        Objects.requireNonNull(collection, "collection");
        partitions = List.copyOf(partitions);
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitLoadPartitions(this);
    }
}
