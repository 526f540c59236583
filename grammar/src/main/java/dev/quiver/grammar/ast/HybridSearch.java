package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A hybrid search (a HybridSearch RPC): {@code SELECT items FROM collection [PARTITION ...] [WHERE filter] [GROUP BY
 * field] ORDER BY RRF([k,] search, ...) | WEIGHTED(w1, ..., wn, search1, ..., searchn) LIMIT n [OFFSET m] [WITH
 * (properties)]}, each search being {@code field op vector [WHERE filter] [LIMIT n]}. {@code filter} (null when
 * absent) applies to every search; {@code groupBy} and {@code offset} may be null. {@code items} never contains
 * {@link SelectItem.CountAll}.
 */
public record HybridSearch(List<SelectItem> items, String collection, List<String> partitions,
        @Nullable Expression filter, @Nullable String groupBy, Rerank rerank, List<AnnSearch> searches,
        Expression limit, @Nullable Expression offset, List<Property> properties) implements Statement {
    public HybridSearch {
        items = List.copyOf(items);
        Objects.requireNonNull(collection, "collection");
        partitions = List.copyOf(partitions);
        Objects.requireNonNull(rerank, "rerank");
        searches = List.copyOf(searches);
        if (searches.isEmpty()) {
            throw new IllegalArgumentException("a hybrid search fuses at least one search");
        }
        Objects.requireNonNull(limit, "limit");
        properties = List.copyOf(properties);
    }

    /** One ANN search of a hybrid search: its vector order, its own filter and limit (both may be null). */
    public record AnnSearch(VectorOrder order, @Nullable Expression filter, @Nullable Expression limit) {
        public AnnSearch {
            Objects.requireNonNull(order, "order");
        }
    }

    /** How the searches' ranked lists are fused. */
    public sealed interface Rerank permits Rrf, Weighted {
    }

    /** Reciprocal rank fusion, {@code RRF([k,] ...)}; {@code k} null means Milvus's default (60). */
    public record Rrf(@Nullable Expression k) implements Rerank {
    }

    /** Weighted fusion, {@code WEIGHTED(w1, ..., wn, ...)}: one weight per search, in order. */
    public record Weighted(List<Expression> weights) implements Rerank {
        public Weighted {
            weights = List.copyOf(weights);
        }
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitHybridSearch(this);
    }
}
