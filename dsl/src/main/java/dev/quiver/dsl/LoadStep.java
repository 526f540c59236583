package dev.quiver.dsl;

import dev.quiver.grammar.ast.LoadCollection;
import dev.quiver.grammar.ast.LoadPartitions;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.Statement;
import java.util.List;

/**
 * {@code LOAD COLLECTION c} or {@code LOAD PARTITIONS p, q FROM c}, with options; returns the load state reached
 * ({@link LoadState#LOADED} unless {@link #noWait()}). Immutable and thread-safe.
 */
public final class LoadStep extends Step<LoadState> {
    private final String collection;
    private final List<String> partitions;
    private final List<Property> properties;
    private final boolean noWait;

    LoadStep(Context context, String collection, List<String> partitions, List<Property> properties, boolean noWait) {
        super(context);
        this.collection = collection;
        this.partitions = List.copyOf(partitions);
        this.properties = List.copyOf(properties);
        this.noWait = noWait;
    }

    /**
     * The number of in-memory replicas.
     *
     * @param count positive
     * @return a step with {@code replicas = count}
     */
    public LoadStep replicas(int count) {
        return option("replicas", count);
    }

    /**
     * Loads only the given fields.
     *
     * @param fields the field names
     * @return a step with {@code fields = [...]}
     */
    public LoadStep fields(String... fields) {
        return option("fields", List.of(fields));
    }

    /**
     * A load option of the WITH list, such as {@code refresh = true}.
     *
     * @param key the option name
     * @param value a number, string, boolean or list
     * @return a step with the option
     */
    public LoadStep option(String key, Object value) {
        return new LoadStep(context(), collection, partitions, Properties.with(properties, key, value), noWait);
    }

    /**
     * Returns as soon as loading has started, without waiting until the data is loaded.
     *
     * @return a step with NOWAIT
     */
    public LoadStep noWait() {
        return new LoadStep(context(), collection, partitions, properties, true);
    }

    @Override
    public Statement toAst() {
        return partitions.isEmpty() ? new LoadCollection(collection, properties, noWait)
                : new LoadPartitions(collection, partitions, properties, noWait);
    }

    @Override
    LoadState read(Outcome outcome) {
        return States.loadState(outcome);
    }
}
