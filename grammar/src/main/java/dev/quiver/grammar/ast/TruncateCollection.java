package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code TRUNCATE COLLECTION name}.
 */
public record TruncateCollection(String name) implements Statement {
    public TruncateCollection {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitTruncateCollection(this);
    }
}
