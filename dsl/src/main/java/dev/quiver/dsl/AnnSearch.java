package dev.quiver.dsl;

import dev.quiver.grammar.ast.HybridSearch;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.ast.VectorOrder;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Literal;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One ANN search of a {@link HybridSearchStep}: {@code field op vector [WHERE filter] [LIMIT n]}. Defaults: the
 * metric COSINE (IP for sparse vectors), no filter of its own, and the hybrid search's LIMIT + OFFSET as its limit.
 * Immutable and thread-safe.
 */
public final class AnnSearch {
    private final String field;
    private final Metric metric;
    private final Expression vector;
    private final @Nullable Filter filter;
    private final @Nullable Long limit;

    private AnnSearch(String field, Metric metric, Expression vector, @Nullable Filter filter, @Nullable Long limit) {
        this.field = Objects.requireNonNull(field, "field");
        this.metric = Objects.requireNonNull(metric, "metric");
        this.vector = vector;
        this.filter = filter;
        this.limit = limit;
    }

    /**
     * A search of a dense float vector field.
     *
     * @param field the vector field
     * @param query the query vector
     * @return the search, with the COSINE metric
     */
    public static AnnSearch vector(String field, float[] query) {
        return new AnnSearch(field, Metric.COSINE, Values.vector(query), null, null);
    }

    /**
     * A search of a SPARSE_FLOAT_VECTOR field.
     *
     * @param field the sparse vector field
     * @param query the non-zero entries (index → weight)
     * @return the search, with the IP metric
     */
    public static AnnSearch sparseVector(String field, Map<Long, Float> query) {
        return new AnnSearch(field, Metric.IP, Values.literal(query), null, null);
    }

    /**
     * The metric, which must match the field's index.
     *
     * @param newMetric the metric
     * @return a search with the metric
     */
    public AnnSearch using(Metric newMetric) {
        return new AnnSearch(field, newMetric, vector, filter, limit);
    }

    /**
     * This search's own filter (ANDed with the hybrid search's); replaces an earlier one.
     *
     * @param newFilter the filter
     * @return a search with {@code WHERE filter}
     */
    public AnnSearch where(Filter newFilter) {
        return new AnnSearch(field, metric, vector, Objects.requireNonNull(newFilter, "filter"), limit);
    }

    /**
     * The number of hits this search contributes to the fusion.
     *
     * @param newLimit positive
     * @return a search with {@code LIMIT newLimit}
     */
    public AnnSearch limit(long newLimit) {
        if (newLimit <= 0) {
            throw new IllegalArgumentException("a limit must be positive, not " + newLimit);
        }
        return new AnnSearch(field, metric, vector, filter, newLimit);
    }

    HybridSearch.AnnSearch toAst() {
        return new HybridSearch.AnnSearch(new VectorOrder(field, metric, vector),
                filter == null ? null : filter.toExpression(), limit == null ? null : Literal.of(limit.longValue()));
    }
}
