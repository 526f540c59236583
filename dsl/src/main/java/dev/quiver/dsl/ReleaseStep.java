package dev.quiver.dsl;

import dev.quiver.grammar.ast.ReleaseCollection;
import dev.quiver.grammar.ast.ReleasePartitions;
import dev.quiver.grammar.ast.Statement;
import java.util.List;

/**
 * {@code RELEASE COLLECTION c} or {@code RELEASE PARTITIONS p, q FROM c}; returns the load state of what was
 * released ({@link LoadState#NOT_LOAD}). Immutable and thread-safe.
 */
public final class ReleaseStep extends Step<LoadState> {
    private final String collection;
    private final List<String> partitions;

    ReleaseStep(Context context, String collection, List<String> partitions) {
        super(context);
        this.collection = collection;
        this.partitions = List.copyOf(partitions);
    }

    @Override
    public Statement toAst() {
        return partitions.isEmpty() ? new ReleaseCollection(collection) : new ReleasePartitions(collection, partitions);
    }

    @Override
    LoadState read(Outcome outcome) {
        return States.loadState(outcome);
    }
}
