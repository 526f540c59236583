package dev.quiver.dsl;

import dev.quiver.grammar.ast.Query;
import dev.quiver.grammar.ast.SelectItem;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Literal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A query by filter (a Query RPC): {@code SELECT cols FROM c [PARTITIONS ...] [WHERE filter] [LIMIT n] [OFFSET m]
 * [WITH (...)]}. Without {@link #select(String...)} every field is returned ({@code SELECT *}). Immutable and
 * thread-safe.
 */
public final class QueryStep extends Step<List<Row>> {
    private final String collection;
    private final Reads reads;
    private final @Nullable Long limit;

    QueryStep(Context context, String collection, Reads reads, @Nullable Long limit) {
        super(context);
        this.collection = collection;
        this.reads = reads;
        this.limit = limit;
    }

    private QueryStep with(Reads changed) {
        return new QueryStep(context(), collection, changed, limit);
    }

    /**
     * The fields to return, in order; replaces an earlier selection.
     *
     * @param columns field names (dynamic keys allowed)
     * @return a step selecting them
     */
    public QueryStep select(String... columns) {
        return with(reads.withItems(Reads.columns(columns)));
    }

    /**
     * Returns the number of matching rows instead of rows ({@code SELECT COUNT(*)}); its single row has the column
     * {@code count(*)}. {@link #count()} executes it directly.
     *
     * @return a step selecting {@code COUNT(*)}
     */
    public QueryStep selectCount() {
        return with(reads.withItems(List.of(new SelectItem.CountAll())));
    }

    /**
     * Reads only the given partitions.
     *
     * @param partitions partition names
     * @return a step with {@code PARTITIONS ...}
     */
    public QueryStep partitions(String... partitions) {
        return with(reads.withPartitions(List.of(partitions)));
    }

    /**
     * The rows to return; replaces an earlier filter.
     *
     * @param filter the filter
     * @return a step with {@code WHERE filter}
     */
    public QueryStep where(Filter filter) {
        return with(reads.withFilter(filter));
    }

    /**
     * Returns at most {@code limit} rows.
     *
     * @param limit positive
     * @return a step with {@code LIMIT limit}
     */
    public QueryStep limit(long limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a limit must be positive, not " + limit);
        }
        return new QueryStep(context(), collection, reads, limit);
    }

    /**
     * Skips the first {@code offset} rows.
     *
     * @param offset zero or more
     * @return a step with {@code OFFSET offset}
     */
    public QueryStep offset(long offset) {
        return with(reads.withOffset(offset));
    }

    /**
     * The consistency level of this read.
     *
     * @param level {@code Strong}, {@code Bounded}, {@code Session} or {@code Eventually}
     * @return a step with {@code consistency_level = 'level'}
     */
    public QueryStep consistencyLevel(String level) {
        return option("consistency_level", level);
    }

    /**
     * A query option of the WITH list.
     *
     * @param key the option name
     * @param value a number, string or boolean
     * @return a step with the option
     */
    public QueryStep option(String key, Object value) {
        return with(reads.withProperty(key, value));
    }

    @Override
    public Statement toAst() {
        List<SelectItem> items = reads.items().isEmpty() ? List.of(new SelectItem.AllColumns()) : reads.items();
        return new Query(items, collection, reads.partitions(), reads.filterExpression(),
                limit == null ? null : Literal.of(limit.longValue()), reads.offsetExpression(), reads.properties());
    }

    @Override
    List<Row> read(Outcome outcome) {
        return outcome.requireRows();
    }

    /**
     * Executes and returns the rows; the same as {@link #execute()}.
     *
     * @return the rows
     * @throws QuiverException when the query fails
     */
    public List<Row> fetch() {
        return execute();
    }

    /**
     * Executes and maps every row to {@code type} (see {@link Row#into(Class)}).
     *
     * @param type a record or bean class
     * @param <T> the type
     * @return the mapped rows
     */
    public <T> List<T> fetchInto(Class<T> type) {
        return execute().stream().map(row -> row.into(type)).toList();
    }

    /**
     * Like {@link #fetchInto(Class)}, asynchronously; cancellable.
     *
     * @param type a record or bean class
     * @param <T> the type
     * @return a future of the mapped rows
     */
    public <T> CompletableFuture<List<T>> fetchIntoAsync(Class<T> type) {
        return async(rows -> rows.stream().map(row -> row.into(type)).toList(), context().timeout());
    }

    /**
     * Executes and returns the first row, or null when nothing matched.
     *
     * @return the first row, or null
     */
    public @Nullable Row fetchFirst() {
        List<Row> rows = execute();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * Executes and streams the rows (they are read completely first).
     *
     * @return a stream of the rows
     */
    public Stream<Row> stream() {
        return execute().stream();
    }

    /**
     * Executes {@code SELECT COUNT(*)} with this step's collection, partitions and filter.
     *
     * @return the number of matching rows
     * @throws QuiverException when the query fails
     */
    public long count() {
        return countOf(selectCount().execute());
    }

    /**
     * Like {@link #count()}, asynchronously; cancellable.
     *
     * @return a future of the count
     */
    public CompletableFuture<Long> countAsync() {
        return selectCount().async(QueryStep::countOf, context().timeout());
    }

    private static long countOf(List<Row> rows) {
        if (rows.size() != 1) {
            throw new QuiverException("COUNT(*) returned " + rows.size() + " rows");
        }
        Row row = rows.get(0);
        return row.getLong(row.getColumnNames().get(0));
    }
}
