package dev.quiver.dsl;

import dev.quiver.grammar.ast.AlterCollection;
import dev.quiver.grammar.ast.AlterDatabase;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * {@code ALTER DATABASE d SET (...)}, {@code ALTER COLLECTION c SET (...)} or {@code ALTER COLLECTION c DROP
 * PROPERTIES (...)}: either {@link #set} or {@link #drop} (collections only), not both. Immutable and thread-safe.
 */
public final class AlterStep extends Step<CommandResult> {
    private final String name;
    private final boolean database;
    private final List<Property> properties;
    private final List<String> dropKeys;

    AlterStep(Context context, String name, boolean database, List<Property> properties, List<String> dropKeys) {
        super(context);
        this.name = name;
        this.database = database;
        this.properties = List.copyOf(properties);
        this.dropKeys = List.copyOf(dropKeys);
    }

    /**
     * Sets a property, such as {@code collection.ttl.seconds} or {@code mmap.enabled}.
     *
     * @param key the property key
     * @param value a number, string or boolean
     * @return a step with the property
     */
    public AlterStep set(String key, Object value) {
        return new AlterStep(context(), name, database, Properties.with(properties, key, value), dropKeys);
    }

    /**
     * Removes properties of a collection: {@code ALTER COLLECTION c DROP PROPERTIES (keys)}.
     *
     * @param keys the property keys
     * @return a step that drops them too
     */
    public AlterStep drop(String... keys) {
        List<String> all = new ArrayList<>(dropKeys);
        all.addAll(Arrays.asList(keys));
        return new AlterStep(context(), name, database, properties, all);
    }

    @Override
    public Statement toAst() {
        String what = (database ? "DATABASE " : "COLLECTION ") + name;
        if (properties.isEmpty() == dropKeys.isEmpty()) {
            throw new IllegalStateException("ALTER " + what + " needs either set(key, value) or drop(keys), "
                    + "and not both");
        }
        if (database) {
            if (!dropKeys.isEmpty()) {
                throw new IllegalStateException("ALTER DATABASE " + name + " cannot drop properties");
            }
            return new AlterDatabase(name, properties);
        }
        return new AlterCollection(name, properties, dropKeys);
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
