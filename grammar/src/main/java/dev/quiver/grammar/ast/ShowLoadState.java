package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW LOAD STATE OF collection [PARTITION[S] p [, q ...]]}; {@code partitions} is empty for the whole
 * collection.
 */
public record ShowLoadState(String collection, List<String> partitions) implements Statement {
    public ShowLoadState {
        Objects.requireNonNull(collection, "collection");
        partitions = List.copyOf(partitions);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowLoadState(this);
    }
}
