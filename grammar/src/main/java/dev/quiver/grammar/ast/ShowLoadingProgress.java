package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code SHOW LOADING PROGRESS OF collection [PARTITION[S] p [, q ...]]}; {@code partitions} may be empty.
 */
public record ShowLoadingProgress(String collection, List<String> partitions) implements Statement {
    public ShowLoadingProgress {
        Objects.requireNonNull(collection, "collection");
        partitions = List.copyOf(partitions);
    }
}
