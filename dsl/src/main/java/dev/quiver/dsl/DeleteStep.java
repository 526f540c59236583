package dev.quiver.dsl;

import dev.quiver.grammar.ast.Delete;
import dev.quiver.grammar.ast.Statement;
import org.jspecify.annotations.Nullable;

/**
 * {@code DELETE FROM c [PARTITION p] WHERE filter}: the filter is required (to delete every row, truncate the
 * collection). Returns the number of rows deleted. Immutable and thread-safe.
 */
public final class DeleteStep extends Step<CommandResult> {
    private final String collection;
    private final @Nullable String partition;
    private final @Nullable Filter filter;

    DeleteStep(Context context, String collection, @Nullable String partition, @Nullable Filter filter) {
        super(context);
        this.collection = collection;
        this.partition = partition;
        this.filter = filter;
    }

    /**
     * Deletes only from {@code partition}.
     *
     * @param partition the partition name
     * @return a step with {@code PARTITION partition}
     */
    public DeleteStep partition(String partition) {
        return new DeleteStep(context(), collection, partition, filter);
    }

    /**
     * The rows to delete; replaces an earlier filter.
     *
     * @param filter the filter
     * @return a step with {@code WHERE filter}
     */
    public DeleteStep where(Filter filter) {
        return new DeleteStep(context(), collection, partition, filter);
    }

    @Override
    public Statement toAst() {
        if (filter == null) {
            throw new IllegalStateException("DELETE FROM " + collection + " needs where(...); to delete every row use"
                    + " truncateCollection");
        }
        return new Delete(collection, partition, filter.toExpression());
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
