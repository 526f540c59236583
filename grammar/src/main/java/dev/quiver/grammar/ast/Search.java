package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A vector search (a Search RPC): {@code SELECT items FROM collection [PARTITION ...] [WHERE filter] [GROUP BY
 * field] ORDER BY field op vector LIMIT n [OFFSET m] [WITH (properties)]}. {@code distanceBounds} holds the
 * range-search conditions of WHERE ({@code field op vector < 0.8}, or {@code distance() < 0.8}, the formatter's
 * spelling), empty for a plain search; {@code filter} is the rest of WHERE or null; {@code groupBy} and {@code
 * offset} may be null. {@code items} never contains {@link SelectItem.CountAll}.
 */
public record Search(List<SelectItem> items, String collection, List<String> partitions,
        @Nullable Expression filter, List<DistanceBound> distanceBounds, @Nullable String groupBy,
        VectorOrder orderBy, Expression limit, @Nullable Expression offset, List<Property> properties) implements Statement {
    public Search {
        items = List.copyOf(items);
        Objects.requireNonNull(collection, "collection");
        partitions = List.copyOf(partitions);
        distanceBounds = List.copyOf(distanceBounds);
        Objects.requireNonNull(orderBy, "orderBy");
        Objects.requireNonNull(limit, "limit");
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitSearch(this);
    }
}
