package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code COMPACT collection [CLUSTERING]}.
 */
public record Compact(String collection, boolean clustering) implements Statement {
    public Compact {
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCompact(this);
    }
}
