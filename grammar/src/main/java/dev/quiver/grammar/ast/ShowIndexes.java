package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW INDEXES FROM collection}.
 */
public record ShowIndexes(String collection) implements Statement {
    public ShowIndexes {
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowIndexes(this);
    }
}
