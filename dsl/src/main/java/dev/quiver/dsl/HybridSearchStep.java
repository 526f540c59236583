package dev.quiver.dsl;

import dev.quiver.grammar.ast.HybridSearch;
import dev.quiver.grammar.ast.SelectItem;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Literal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A hybrid search (a HybridSearch RPC): {@code SELECT cols, distance() FROM c [WHERE filter] ORDER BY RRF([k,]
 * search, ...) | WEIGHTED(w..., search...) LIMIT n}. Defaults: RRF with Milvus's k (60), LIMIT 10, every field
 * returned. Every hit has its fused score in {@link Row#getDistance()}. Immutable and thread-safe.
 */
public final class HybridSearchStep extends Step<List<Row>> {
    private final String collection;
    private final Reads reads;
    private final List<AnnSearch> searches;
    private final HybridSearch.Rerank rerank;
    private final @Nullable String groupBy;
    private final long limit;

    HybridSearchStep(Context context, String collection, Reads reads, List<AnnSearch> searches,
                     HybridSearch.Rerank rerank, @Nullable String groupBy, long limit) {
        super(context);
        this.collection = collection;
        this.reads = reads;
        this.searches = List.copyOf(searches);
        this.rerank = rerank;
        this.groupBy = groupBy;
        this.limit = limit;
    }

    private HybridSearchStep with(Reads r) {
        return new HybridSearchStep(context(), collection, r, searches, rerank, groupBy, limit);
    }

    /**
     * Adds a search to fuse.
     *
     * @param search the search
     * @return a step fusing it too
     */
    public HybridSearchStep add(AnnSearch search) {
        List<AnnSearch> all = new ArrayList<>(searches);
        all.add(search);
        return new HybridSearchStep(context(), collection, reads, all, rerank, groupBy, limit);
    }

    /**
     * Reciprocal rank fusion with constant {@code k}.
     *
     * @param k in (0, 16384)
     * @return a step with {@code RRF(k, ...)}
     */
    public HybridSearchStep rrf(double k) {
        return new HybridSearchStep(context(), collection, reads, searches,
                new HybridSearch.Rrf(Values.literal(integral(Values.finite(k)))), groupBy, limit);
    }

    /**
     * Weighted fusion, one weight per search in the order they were added.
     *
     * @param weights each in [0, 1]
     * @return a step with {@code WEIGHTED(w1, ..., wn, ...)}
     */
    public HybridSearchStep weighted(double... weights) {
        List<Expression> literals = new ArrayList<>();
        for (double w : weights) {
            literals.add(Values.literal(integral(Values.finite(w))));
        }
        return new HybridSearchStep(context(), collection, reads, searches, new HybridSearch.Weighted(literals),
                groupBy, limit);
    }

    private static Object integral(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : (Object) value;
    }

    /**
     * The fields to return besides the fused score; replaces an earlier selection.
     *
     * @param columns field names
     * @return a step selecting them
     */
    public HybridSearchStep select(String... columns) {
        return with(reads.withItems(Reads.columns(columns)));
    }

    /**
     * Searches only the given partitions.
     *
     * @param partitions partition names
     * @return a step with {@code PARTITIONS ...}
     */
    public HybridSearchStep partitions(String... partitions) {
        return with(reads.withPartitions(List.of(partitions)));
    }

    /**
     * A filter every search applies (besides its own); replaces an earlier one.
     *
     * @param filter the filter
     * @return a step with {@code WHERE filter}
     */
    public HybridSearchStep where(Filter filter) {
        return with(reads.withFilter(filter));
    }

    /**
     * Groups the fused hits by {@code field} (see {@code group_size} in {@link #param(String, Object)}).
     *
     * @param field a scalar field
     * @return a step with {@code GROUP BY field}
     */
    public HybridSearchStep groupBy(String field) {
        return new HybridSearchStep(context(), collection, reads, searches, rerank, field, limit);
    }

    /**
     * The number of fused hits (per query vector).
     *
     * @param newLimit positive
     * @return a step with {@code LIMIT newLimit}
     */
    public HybridSearchStep limit(long newLimit) {
        if (newLimit <= 0) {
            throw new IllegalArgumentException("a limit must be positive, not " + newLimit);
        }
        return new HybridSearchStep(context(), collection, reads, searches, rerank, groupBy, newLimit);
    }

    /**
     * Skips the first {@code offset} fused hits.
     *
     * @param offset zero or more
     * @return a step with {@code OFFSET offset}
     */
    public HybridSearchStep offset(long offset) {
        return with(reads.withOffset(offset));
    }

    /**
     * A setting of the WITH list: {@code norm_score}, {@code round_decimal}, {@code group_size},
     * {@code strict_group_size}, {@code rank_group_scorer}, {@code consistency_level}.
     *
     * @param key the setting
     * @param value a number, string or boolean
     * @return a step with the setting
     */
    public HybridSearchStep param(String key, Object value) {
        return with(reads.withProperty(key, value));
    }

    @Override
    public Statement toAst() {
        if (searches.isEmpty()) {
            throw new IllegalStateException("hybridSearch(\"" + collection + "\") needs at least one search: call"
                    + " add(AnnSearch.vector(...))");
        }
        List<SelectItem> items = new ArrayList<>(reads.items().isEmpty()
                ? List.of(new SelectItem.AllColumns()) : reads.items());
        items.add(new SelectItem.Distance());
        List<HybridSearch.AnnSearch> anns = new ArrayList<>();
        for (AnnSearch search : searches) {
            anns.add(search.toAst());
        }
        return new HybridSearch(items, collection, reads.partitions(), reads.filterExpression(), groupBy, rerank,
                anns, Literal.of(limit), reads.offsetExpression(), reads.properties());
    }

    @Override
    List<Row> read(Outcome outcome) {
        return outcome.requireRows();
    }

    /**
     * Executes and returns the fused hits, best first; the same as {@link #execute()}.
     *
     * @return the hits
     * @throws QuiverException when the search fails
     */
    public List<Row> fetch() {
        return execute();
    }
}
