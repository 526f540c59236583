package dev.quiver.dsl;

import dev.quiver.grammar.ast.AlterCollection;
import dev.quiver.grammar.ast.AlterDatabase;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.Statement;
import java.util.List;

/**
 * {@code ALTER DATABASE d SET (...)} or {@code ALTER COLLECTION c SET (...)}: at least one {@link #set} is needed.
 * Immutable and thread-safe.
 */
public final class AlterStep extends Step<CommandResult> {
    private final String name;
    private final boolean database;
    private final List<Property> properties;

    AlterStep(Context context, String name, boolean database, List<Property> properties) {
        super(context);
        this.name = name;
        this.database = database;
        this.properties = List.copyOf(properties);
    }

    /**
     * Sets a property, such as {@code collection.ttl.seconds} or {@code mmap.enabled}.
     *
     * @param key the property key
     * @param value a number, string or boolean
     * @return a step with the property
     */
    public AlterStep set(String key, Object value) {
        return new AlterStep(context(), name, database, Properties.with(properties, key, value));
    }

    @Override
    public Statement toAst() {
        if (properties.isEmpty()) {
            throw new IllegalStateException("ALTER " + (database ? "DATABASE " : "COLLECTION ") + name
                    + " needs at least one property: call set(key, value)");
        }
        return database ? new AlterDatabase(name, properties) : new AlterCollection(name, properties);
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
