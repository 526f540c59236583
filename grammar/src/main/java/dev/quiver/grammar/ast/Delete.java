package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DELETE FROM collection [PARTITION partition] WHERE filter}; {@code partition} may be null, the filter
 * is required.
 */
public record Delete(String collection, @Nullable String partition, Expression filter) implements Statement {
    public Delete {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(filter, "filter");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDelete(this);
    }
}
