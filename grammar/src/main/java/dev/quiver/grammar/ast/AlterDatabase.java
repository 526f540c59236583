package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;

/**
 * {@code ALTER DATABASE name SET (properties)}; {@code properties} is not empty.
 */
public record AlterDatabase(String name, List<Property> properties) implements Statement {
    public AlterDatabase {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
    }
}
