package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE DATABASE [IF NOT EXISTS] name [WITH (properties)]}; {@code properties} may be empty.
 */
public record CreateDatabase(String name, boolean ifNotExists, List<Property> properties) implements Statement {
    public CreateDatabase {
        Objects.requireNonNull(name, "name");
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateDatabase(this);
    }
}
