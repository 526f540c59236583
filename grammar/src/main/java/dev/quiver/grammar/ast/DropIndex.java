package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP INDEX name ON collection}.
 */
public record DropIndex(String name, String collection) implements Statement {
    public DropIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDropIndex(this);
    }
}
