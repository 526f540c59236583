package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW LOADING PROGRESS OF collection [PARTITION[S] p [, q ...]]}; {@code partitions} may be empty.
 */
public record ShowLoadingProgress(String collection, List<String> partitions) implements Statement {
    public ShowLoadingProgress {
        Objects.requireNonNull(collection, "collection");
        partitions = List.copyOf(partitions);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowLoadingProgress(this);
    }
}
