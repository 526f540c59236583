package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE COLLECTION [IF NOT EXISTS] name (columns [, FUNCTION ...]) [WITH (properties)]} (also spelled
 * {@code TABLE}). The parser guarantees distinct column names and at most one primary key.
 */
public record CreateCollection(String name, boolean ifNotExists, List<ColumnDefinition> columns,
        List<Property> properties, List<FunctionDefinition> functions) implements Statement {
    public CreateCollection {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        properties = List.copyOf(properties);
        functions = List.copyOf(functions);
    }

    /** A collection without functions. */
    public CreateCollection(String name, boolean ifNotExists, List<ColumnDefinition> columns,
                            List<Property> properties) {
        this(name, ifNotExists, columns, properties, List.of());
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateCollection(this);
    }
}
