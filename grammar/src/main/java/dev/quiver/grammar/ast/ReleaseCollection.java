package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code RELEASE COLLECTION collection}.
 */
public record ReleaseCollection(String collection) implements Statement {
    public ReleaseCollection {
        Objects.requireNonNull(collection, "collection");
    }
}
