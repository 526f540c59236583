package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code LOAD COLLECTION collection [WITH (properties)] [NOWAIT]}.
 */
public record LoadCollection(String collection, List<Property> properties, boolean noWait) implements Statement {
    public LoadCollection {
        Objects.requireNonNull(collection, "collection");
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitLoadCollection(this);
    }
}
