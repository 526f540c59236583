package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER COLLECTION c ADD COLUMN definition} (Milvus's AddCollectionField). Milvus requires the new field to
 * be nullable; rows written before it read as NULL, or as its DEFAULT.
 */
public record AddColumn(String collection, ColumnDefinition column) implements Statement {
    public AddColumn {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitAddColumn(this);
    }
}
