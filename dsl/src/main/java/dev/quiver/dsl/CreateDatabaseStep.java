package dev.quiver.dsl;

import dev.quiver.grammar.ast.CreateDatabase;
import dev.quiver.grammar.ast.Statement;
import java.util.List;

/** {@code CREATE DATABASE [IF NOT EXISTS] d [WITH (...)]}. Immutable and thread-safe. */
public final class CreateDatabaseStep extends Step<CommandResult> {
    private final CreateDatabase statement;

    CreateDatabaseStep(Context context, CreateDatabase statement) {
        super(context);
        this.statement = statement;
    }

    /**
     * Succeeds without change when the database already exists.
     *
     * @return a step with IF NOT EXISTS
     */
    public CreateDatabaseStep ifNotExists() {
        return new CreateDatabaseStep(context(), new CreateDatabase(statement.name(), true, statement.properties()));
    }

    /**
     * Sets a database property, such as {@code database.replica.number}.
     *
     * @param key the property key
     * @param value a number, string or boolean
     * @return a step with the property
     */
    public CreateDatabaseStep property(String key, Object value) {
        List<dev.quiver.grammar.ast.Property> properties = Properties.with(statement.properties(), key, value);
        return new CreateDatabaseStep(context(), new CreateDatabase(statement.name(), statement.ifNotExists(), properties));
    }

    @Override
    public Statement toAst() {
        return statement;
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
