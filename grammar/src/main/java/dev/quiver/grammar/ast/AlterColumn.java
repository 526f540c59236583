package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER COLLECTION c ALTER COLUMN f SET (properties)} or {@code ... ALTER COLUMN f DROP PROPERTIES (keys)}
 * (Milvus's AlterCollectionField): exactly one of {@code properties} and {@code dropKeys} is not empty.
 */
public record AlterColumn(String collection, String column, List<Property> properties, List<String> dropKeys)
        implements Statement {
    public AlterColumn {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(column, "column");
        properties = List.copyOf(properties);
        dropKeys = List.copyOf(dropKeys);
        Alterations.requireOne(properties, dropKeys);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitAlterColumn(this);
    }
}
