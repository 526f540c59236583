package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW CREATE COLLECTION name}.
 */
public record ShowCreateCollection(String name) implements Statement {
    public ShowCreateCollection {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowCreateCollection(this);
    }
}
