package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER COLLECTION name SET (properties)}; {@code properties} is not empty.
 */
public record AlterCollection(String name, List<Property> properties) implements Statement {
    public AlterCollection {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
    }
}
