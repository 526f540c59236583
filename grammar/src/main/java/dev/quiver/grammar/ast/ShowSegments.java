package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code SHOW SEGMENTS FROM collection}.
 */
public record ShowSegments(String collection) implements Statement {
    public ShowSegments {
        Objects.requireNonNull(collection, "collection");
    }
}
