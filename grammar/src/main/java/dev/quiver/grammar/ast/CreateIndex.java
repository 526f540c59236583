package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE INDEX [IF NOT EXISTS] [name] ON collection (field) [USING indexType] [WITH (properties)]
 * [NOWAIT]}. {@code name} and {@code indexType} are null when not written; the index type is kept as written
 * (HNSW, IVF_FLAT, AUTOINDEX, ...).
 */
public record CreateIndex(@Nullable String name, String collection, String field, boolean ifNotExists,
        @Nullable String indexType, List<Property> properties, boolean noWait) implements Statement {
    public CreateIndex {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(field, "field");
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateIndex(this);
    }
}
