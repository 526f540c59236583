package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE COLLECTION [IF NOT EXISTS] name (columns) [WITH (properties)]} (also spelled {@code TABLE}). The
 * parser guarantees distinct column names and at most one primary key.
 */
public record CreateCollection(String name, boolean ifNotExists, List<ColumnDefinition> columns,
        List<Property> properties) implements Statement {
    public CreateCollection {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateCollection(this);
    }
}
