package dev.quiver.dsl;

import dev.quiver.grammar.ast.ShowLoadState;
import dev.quiver.grammar.ast.Statement;
import java.util.List;

/**
 * {@code SHOW LOAD STATE OF c [PARTITIONS p, q]}: the load state of a collection or of some of its partitions.
 * Immutable and thread-safe.
 */
public final class LoadStateStep extends Step<LoadState> {
    private final ShowLoadState statement;

    LoadStateStep(Context context, String collection, List<String> partitions) {
        super(context);
        this.statement = new ShowLoadState(collection, partitions);
    }

    @Override
    public Statement toAst() {
        return statement;
    }

    @Override
    LoadState read(Outcome outcome) {
        return States.loadState(outcome);
    }
}
