package dev.quiver.dsl;

import dev.quiver.grammar.ast.FlushAll;
import dev.quiver.grammar.ast.Statement;

/** {@code FLUSH ALL [NOWAIT]}: flushes every collection of every database. Immutable and thread-safe. */
public final class FlushAllStep extends Step<FlushAllResult> {
    private final boolean noWait;

    FlushAllStep(Context context, boolean noWait) {
        super(context);
        this.noWait = noWait;
    }

    /**
     * Returns at once; ask {@link Quiver#flushAllState(long)} with {@link FlushAllResult#getFlushAllTimestamp()}
     * later.
     *
     * @return a step with NOWAIT
     */
    public FlushAllStep noWait() {
        return new FlushAllStep(context(), true);
    }

    @Override
    public Statement toAst() {
        return new FlushAll(noWait);
    }

    @Override
    FlushAllResult read(Outcome outcome) {
        return new FlushAllResult(outcome);
    }
}
