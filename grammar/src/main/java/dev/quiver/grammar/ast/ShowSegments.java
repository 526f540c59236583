package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW SEGMENTS FROM collection}.
 */
public record ShowSegments(String collection) implements Statement {
    public ShowSegments {
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowSegments(this);
    }
}
