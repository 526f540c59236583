package dev.quiver.dsl;

import dev.quiver.grammar.ast.Statement;

/**
 * {@code SHOW FLUSH STATE OF c AT ts} or {@code SHOW FLUSH ALL STATE AT ts}: whether a flush has been persisted.
 * Immutable and thread-safe.
 */
public final class FlushStateStep extends Step<Boolean> {
    private final Statement statement;

    FlushStateStep(Context context, Statement statement) {
        super(context);
        this.statement = statement;
    }

    @Override
    public Statement toAst() {
        return statement;
    }

    @Override
    Boolean read(Outcome outcome) {
        return outcome.requireRows().stream().allMatch(row -> row.getBoolean("flushed"));
    }
}
