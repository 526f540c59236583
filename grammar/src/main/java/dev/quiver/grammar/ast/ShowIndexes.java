package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code SHOW INDEXES FROM collection}.
 */
public record ShowIndexes(String collection) implements Statement {
    public ShowIndexes {
        Objects.requireNonNull(collection, "collection");
    }
}
