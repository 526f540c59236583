package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER INDEX name ON collection SET (properties)} or {@code ... DROP PROPERTIES (keys)} (Milvus's
 * AlterIndex, whose {@code extra_params} or {@code delete_keys} they become): exactly one of {@code properties} and
 * {@code dropKeys} is not empty.
 */
public record AlterIndex(String name, String collection, List<Property> properties, List<String> dropKeys)
        implements Statement {
    public AlterIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collection, "collection");
        properties = List.copyOf(properties);
        dropKeys = List.copyOf(dropKeys);
        Alterations.requireOne(properties, dropKeys);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitAlterIndex(this);
    }
}
