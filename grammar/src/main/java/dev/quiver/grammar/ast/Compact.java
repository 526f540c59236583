package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code COMPACT collection [CLUSTERING]}.
 */
public record Compact(String collection, boolean clustering) implements Statement {
    public Compact {
        Objects.requireNonNull(collection, "collection");
    }
}
