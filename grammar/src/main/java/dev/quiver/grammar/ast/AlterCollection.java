package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER COLLECTION name SET (properties)} or {@code ALTER COLLECTION name DROP PROPERTIES (keys)}: exactly
 * one of {@code properties} and {@code dropKeys} is not empty (Milvus's AlterCollection refuses both at once).
 */
public record AlterCollection(String name, List<Property> properties, List<String> dropKeys) implements Statement {
    public AlterCollection {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
        dropKeys = List.copyOf(dropKeys);
        Alterations.requireOne(properties, dropKeys);
    }

    /** {@code ALTER COLLECTION name SET (properties)}. */
    public AlterCollection(String name, List<Property> properties) {
        this(name, properties, List.of());
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitAlterCollection(this);
    }
}
