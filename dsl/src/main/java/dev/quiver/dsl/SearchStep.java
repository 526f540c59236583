package dev.quiver.dsl;

import dev.quiver.grammar.ast.DistanceBound;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.ast.Search;
import dev.quiver.grammar.ast.SelectItem;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.VectorOrder;
import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Literal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A vector search (a Search RPC): {@code SELECT cols, distance() FROM c [WHERE filter] ORDER BY field op vector
 * LIMIT n}. Defaults: the vector field {@code vector} (the quick setup's name; see {@link #vector(String, float[])}),
 * the metric COSINE, LIMIT 10, and every field returned. Every hit has its score in {@link Row#getDistance()}.
 * Immutable and thread-safe.
 */
public final class SearchStep extends Step<List<Row>> {
    /** The vector field searched when none is named: the quick setup's {@code vector}. */
    public static final String DEFAULT_VECTOR_FIELD = "vector";
    /** The number of hits returned when no limit is set. */
    public static final long DEFAULT_LIMIT = 10;

    private final String collection;
    private final Reads reads;
    private final String field;
    private final Metric metric;
    private final @Nullable Expression vector;
    /** The distance bounds in the order given; each resolved against the final metric when the AST is built. */
    private final List<Function<Metric, List<DistanceBound>>> bounds;
    private final @Nullable String groupBy;
    private final long limit;

    SearchStep(Context context, String collection, Reads reads, String field, Metric metric,
               @Nullable Expression vector, List<Function<Metric, List<DistanceBound>>> bounds,
               @Nullable String groupBy, long limit) {
        super(context);
        this.collection = collection;
        this.reads = reads;
        this.field = field;
        this.metric = metric;
        this.vector = vector;
        this.bounds = List.copyOf(bounds);
        this.groupBy = groupBy;
        this.limit = limit;
    }

    private SearchStep with(Reads r) {
        return new SearchStep(context(), collection, r, field, metric, vector, bounds, groupBy, limit);
    }

    private SearchStep withVector(String f, Expression v) {
        return new SearchStep(context(), collection, reads, f, metric, v, bounds, groupBy, limit);
    }

    /**
     * The query vector, searched in the vector field set before (by default {@code vector}).
     *
     * @param query a dense float vector
     * @return a step searching it
     */
    public SearchStep vector(float[] query) {
        return withVector(field, Values.vector(query));
    }

    /**
     * The query vector and the field to search it in.
     *
     * @param field a float vector field
     * @param query a dense float vector
     * @return a step searching it
     */
    public SearchStep vector(String field, float[] query) {
        return withVector(field, Values.vector(query));
    }

    /**
     * A sparse query vector (index → weight) and the SPARSE_FLOAT_VECTOR field to search it in.
     *
     * @param field a sparse vector field
     * @param query the non-zero entries
     * @return a step searching it
     */
    public SearchStep sparseVector(String field, Map<Long, Float> query) {
        return withVector(field, Values.literal(query));
    }

    /**
     * A full-text search ({@code field @@ 'text'}): the text is analyzed by Milvus and scored with BM25 against the
     * output field of a BM25 function; selects the BM25 metric.
     *
     * @param field the SPARSE_FLOAT_VECTOR output of a BM25 function
     * @param text the words to find
     * @return a step searching them
     */
    public SearchStep text(String field, String text) {
        return new SearchStep(context(), collection, reads, field, Metric.BM25, Values.literal(text), bounds, groupBy,
                limit);
    }

    /**
     * Several query vectors in one search: rows gain a {@code query_index} column.
     *
     * @param field a float vector field
     * @param queries the query vectors, at least one
     * @return a step searching them
     */
    public SearchStep vectors(String field, List<float[]> queries) {
        if (queries.isEmpty()) {
            throw new IllegalArgumentException("a search needs at least one query vector");
        }
        List<Expression> vectors = new ArrayList<>();
        for (float[] query : queries) {
            vectors.add(Values.vector(query));
        }
        return withVector(field, new ArrayLiteral(vectors));
    }

    /**
     * The metric, which must match the field's index: {@code <->} L2, {@code <#>} IP, {@code <=>} COSINE.
     *
     * @param metric the metric
     * @return a step with the metric
     */
    public SearchStep using(Metric metric) {
        return new SearchStep(context(), collection, reads, field, metric, vector, bounds, groupBy, limit);
    }

    /**
     * The fields to return besides the distance; replaces an earlier selection.
     *
     * @param columns field names (dynamic keys allowed)
     * @return a step selecting them
     */
    public SearchStep select(String... columns) {
        return with(reads.withItems(Reads.columns(columns)));
    }

    /**
     * Searches only the given partitions.
     *
     * @param partitions partition names
     * @return a step with {@code PARTITIONS ...}
     */
    public SearchStep partitions(String... partitions) {
        return with(reads.withPartitions(List.of(partitions)));
    }

    /**
     * A scalar filter on the hits; replaces an earlier filter.
     *
     * @param filter the filter
     * @return a step with {@code WHERE filter}
     */
    public SearchStep where(Filter filter) {
        return with(reads.withFilter(filter));
    }

    /**
     * A range search bound {@code distance() < bound}: the radius of L2, HAMMING and JACCARD (Milvus keeps
     * {@code range_filter <= distance < radius}); on IP and COSINE it would be a range_filter, which Milvus makes
     * inclusive, so the search is then rejected — use {@link #distanceAtMost(double)} there.
     *
     * @param bound the bound
     * @return a step with {@code distance() < bound}
     */
    public SearchStep distanceLessThan(double bound) {
        return bound(ComparisonOperator.LESS, bound);
    }

    /**
     * A range search bound {@code distance() <= bound}: the range_filter of IP and COSINE (Milvus keeps
     * {@code radius < score <= range_filter}); it needs a radius too ({@link #distanceGreaterThan(double)}).
     *
     * @param bound the bound
     * @return a step with {@code distance() <= bound}
     */
    public SearchStep distanceAtMost(double bound) {
        return bound(ComparisonOperator.LESS_OR_EQUAL, bound);
    }

    /**
     * A range search bound {@code distance() > bound}: the radius of IP and COSINE (Milvus keeps
     * {@code radius < score <= range_filter}).
     *
     * @param bound the bound
     * @return a step with {@code distance() > bound}
     */
    public SearchStep distanceGreaterThan(double bound) {
        return bound(ComparisonOperator.GREATER, bound);
    }

    /**
     * A range search bound {@code distance() >= bound}: the range_filter of L2, HAMMING and JACCARD (Milvus keeps
     * {@code range_filter <= distance < radius}); it needs a radius too ({@link #distanceLessThan(double)}).
     *
     * @param bound the bound
     * @return a step with {@code distance() >= bound}
     */
    public SearchStep distanceAtLeast(double bound) {
        return bound(ComparisonOperator.GREATER_OR_EQUAL, bound);
    }

    /**
     * Milvus's {@code radius}, the outer bound of a range search, in the metric's direction: {@code distance() <
     * radius} for L2, HAMMING and JACCARD, {@code distance() > radius} for IP and COSINE.
     *
     * @param radius the outer bound (exclusive)
     * @return a step with the bound
     */
    public SearchStep radius(double radius) {
        double value = Values.finite(radius);
        return with(metric -> List.of(new DistanceBound(smallerIsCloser(metric) ? ComparisonOperator.LESS
                : ComparisonOperator.GREATER, Literal.of(value))));
    }

    /**
     * Milvus's {@code range_filter}, the inner bound of a range search (it needs a {@link #radius(double)}):
     * {@code distance() >= rangeFilter} for L2, HAMMING and JACCARD, {@code distance() <= rangeFilter} for IP
     * and COSINE.
     *
     * @param rangeFilter the inner bound (inclusive)
     * @return a step with the bound
     */
    public SearchStep rangeFilter(double rangeFilter) {
        double value = Values.finite(rangeFilter);
        return with(metric -> List.of(new DistanceBound(smallerIsCloser(metric) ? ComparisonOperator.GREATER_OR_EQUAL
                : ComparisonOperator.LESS_OR_EQUAL, Literal.of(value))));
    }

    /**
     * {@code distance() BETWEEN low AND high} of the language: Milvus's range with the closer bound inclusive and
     * the outer one exclusive ({@code low <= d < high} for L2, HAMMING and JACCARD, {@code low < s <= high} for IP
     * and COSINE).
     *
     * @param low the smaller bound
     * @param high the larger bound
     * @return a step with both bounds
     */
    public SearchStep distanceBetween(double low, double high) {
        double lo = Values.finite(low);
        double hi = Values.finite(high);
        return with(metric -> {
            boolean smaller = smallerIsCloser(metric);
            return List.of(
                    new DistanceBound(smaller ? ComparisonOperator.GREATER_OR_EQUAL : ComparisonOperator.GREATER,
                            Literal.of(lo)),
                    new DistanceBound(smaller ? ComparisonOperator.LESS : ComparisonOperator.LESS_OR_EQUAL,
                            Literal.of(hi)));
        });
    }

    private static boolean smallerIsCloser(Metric metric) {
        return metric == Metric.L2 || metric == Metric.HAMMING || metric == Metric.JACCARD;
    }

    private SearchStep bound(ComparisonOperator operator, double bound) {
        DistanceBound fixed = new DistanceBound(operator, Literal.of(Values.finite(bound)));
        return with(metric -> List.of(fixed));
    }

    private SearchStep with(Function<Metric, List<DistanceBound>> bound) {
        List<Function<Metric, List<DistanceBound>>> all = new ArrayList<>(bounds);
        all.add(bound);
        return new SearchStep(context(), collection, reads, field, metric, vector, all, groupBy, limit);
    }

    /**
     * A grouping search: at most one hit per value of {@code field}.
     *
     * @param field a scalar field
     * @return a step with {@code GROUP BY field}
     */
    public SearchStep groupBy(String field) {
        return new SearchStep(context(), collection, reads, this.field, metric, vector, bounds, field, limit);
    }

    /**
     * The number of hits (per query vector).
     *
     * @param limit positive
     * @return a step with {@code LIMIT limit}
     */
    public SearchStep limit(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a limit must be positive, not " + limit);
        }
        return new SearchStep(context(), collection, reads, field, metric, vector, bounds, groupBy, limit);
    }

    /**
     * Skips the first {@code offset} hits.
     *
     * @param offset zero or more
     * @return a step with {@code OFFSET offset}
     */
    public SearchStep offset(long offset) {
        return with(reads.withOffset(offset));
    }

    /**
     * A search parameter of the WITH list, such as {@code ef = 64} or {@code round_decimal = 4}.
     *
     * @param key the parameter name
     * @param value a number, string or boolean
     * @return a step with the parameter
     */
    public SearchStep param(String key, Object value) {
        return with(reads.withProperty(key, value));
    }

    /**
     * The consistency level of this search.
     *
     * @param level {@code Strong}, {@code Bounded}, {@code Session} or {@code Eventually}
     * @return a step with {@code consistency_level = 'level'}
     */
    public SearchStep consistencyLevel(String level) {
        return param("consistency_level", level);
    }

    @Override
    public Statement toAst() {
        if (vector == null) {
            throw new IllegalStateException("search(\"" + collection + "\") needs a query vector: call vector(...)");
        }
        List<SelectItem> items = new ArrayList<>(reads.items().isEmpty()
                ? List.of(new SelectItem.AllColumns()) : reads.items());
        items.add(new SelectItem.Distance());
        List<DistanceBound> resolved = new ArrayList<>();
        for (Function<Metric, List<DistanceBound>> bound : bounds) {
            resolved.addAll(bound.apply(metric));
        }
        return new Search(items, collection, reads.partitions(), reads.filterExpression(), resolved, groupBy,
                new VectorOrder(field, metric, vector), Literal.of(limit), reads.offsetExpression(),
                reads.properties());
    }

    @Override
    List<Row> read(Outcome outcome) {
        return outcome.requireRows();
    }

    /**
     * Executes and returns the hits, nearest first; the same as {@link #execute()}.
     *
     * @return the hits
     * @throws QuiverException when the search fails
     */
    public List<Row> fetch() {
        return execute();
    }

    /**
     * Executes and maps every hit to {@code type} (see {@link Row#into(Class)}); a component named
     * {@code distance} receives the score.
     *
     * @param type a record or bean class
     * @param <T> the type
     * @return the mapped hits
     */
    public <T> List<T> fetchInto(Class<T> type) {
        return execute().stream().map(row -> row.into(type)).toList();
    }

    /**
     * Like {@link #fetchInto(Class)}, asynchronously; cancellable.
     *
     * @param type a record or bean class
     * @param <T> the type
     * @return a future of the mapped hits
     */
    public <T> CompletableFuture<List<T>> fetchIntoAsync(Class<T> type) {
        return async(rows -> rows.stream().map(row -> row.into(type)).toList(), context().timeout());
    }

    /**
     * Executes and returns the nearest hit, or null when there is none.
     *
     * @return the best hit, or null
     */
    public @Nullable Row fetchFirst() {
        List<Row> rows = execute();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Executes and streams the hits (they are read completely first).
     *
     * @return a stream of the hits
     */
    public Stream<Row> stream() {
        return execute().stream();
    }
}
