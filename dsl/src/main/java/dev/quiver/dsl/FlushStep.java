package dev.quiver.dsl;

import dev.quiver.grammar.ast.Flush;
import dev.quiver.grammar.ast.FlushPartition;
import dev.quiver.grammar.ast.Statement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code FLUSH c [, c2 ...]} or {@code FLUSH PARTITION p FROM c}, optionally NOWAIT: seals the growing segments so
 * that later inserts go to new segments, and (unless NOWAIT) waits until the sealed segments are persisted.
 * Immutable and thread-safe.
 */
public final class FlushStep extends Step<FlushResult> {
    private final List<String> collections;
    private final @Nullable String partition;
    private final boolean noWait;

    FlushStep(Context context, List<String> collections, @Nullable String partition, boolean noWait) {
        super(context);
        if (collections.isEmpty()) {
            throw new IllegalArgumentException("FLUSH needs at least one collection");
        }
        this.collections = List.copyOf(collections);
        this.partition = partition;
        this.noWait = noWait;
    }

    /**
     * Returns once the segments are sealed, without waiting for them to be persisted; ask
     * {@link Quiver#flushState(String, long)} with {@link FlushResult#getFlushTimestamp(String)} later.
     *
     * @return a step with NOWAIT
     */
    public FlushStep noWait() {
        return new FlushStep(context(), collections, partition, true);
    }

    @Override
    public Statement toAst() {
        return partition == null ? new Flush(collections, noWait)
                : new FlushPartition(collections.get(0), partition, noWait);
    }

    @Override
    FlushResult read(Outcome outcome) {
        return new FlushResult(outcome);
    }
}
