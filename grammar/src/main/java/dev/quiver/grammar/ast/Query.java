package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SELECT without a vector ORDER BY (a Query RPC): {@code SELECT items FROM collection [PARTITION p [, q]]
 * [WHERE filter] [LIMIT n] [OFFSET m] [WITH (properties)]}. {@code filter}, {@code limit} and {@code offset} are
 * null when not written; limit and offset are integer literals or parameters. {@code items} never contains
 * {@link SelectItem.Distance}.
 */
public record Query(List<SelectItem> items, String collection, List<String> partitions,
        @Nullable Expression filter, @Nullable Expression limit, @Nullable Expression offset,
        List<Property> properties) implements Statement {
    public Query {
        items = List.copyOf(items);
        Objects.requireNonNull(collection, "collection");
        partitions = List.copyOf(partitions);
        properties = List.copyOf(properties);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitQuery(this);
    }
}
