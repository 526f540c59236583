package dev.quiver.dsl;

import dev.quiver.grammar.ast.AlterColumn;
import dev.quiver.grammar.ast.AlterIndex;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ALTER COLLECTION c ALTER COLUMN f SET | DROP PROPERTIES (...)} or {@code ALTER INDEX i ON c SET | DROP
 * PROPERTIES (...)}: either {@link #set} or {@link #drop}, not both. Immutable and thread-safe.
 */
public final class PropertyStep extends Step<CommandResult> {
    private final String collection;
    private final String target;
    private final boolean index;
    private final List<Property> properties;
    private final List<String> dropKeys;

    PropertyStep(Context context, String collection, String target, boolean index, List<Property> properties,
                 List<String> dropKeys) {
        super(context);
        this.collection = collection;
        this.target = target;
        this.index = index;
        this.properties = List.copyOf(properties);
        this.dropKeys = List.copyOf(dropKeys);
    }

    /**
     * Sets a property, such as {@code max_length} of a column or {@code mmap.enabled} of an index.
     *
     * @param key the property key
     * @param value a number, string or boolean
     * @return a step with the property
     */
    public PropertyStep set(String key, Object value) {
        return new PropertyStep(context(), collection, target, index, Properties.with(properties, key, value),
                dropKeys);
    }

    /**
     * Removes properties, such as {@code mmap.enabled}.
     *
     * @param keys the property keys
     * @return a step that drops them too
     */
    public PropertyStep drop(String... keys) {
        List<String> all = new ArrayList<>(dropKeys);
        all.addAll(Arrays.asList(keys));
        return new PropertyStep(context(), collection, target, index, properties, all);
    }

    @Override
    public Statement toAst() {
        if (properties.isEmpty() == dropKeys.isEmpty()) {
            throw new IllegalStateException((index ? "ALTER INDEX " + target + " ON " + collection
                    : "ALTER COLUMN " + target + " of " + collection)
                    + " needs either set(key, value) or drop(keys), and not both");
        }
        return index ? new AlterIndex(target, collection, properties, dropKeys)
                : new AlterColumn(collection, target, properties, dropKeys);
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
