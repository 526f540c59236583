package dev.quiver.dsl;

import dev.quiver.grammar.ast.Statement;
import java.util.function.Function;

/**
 * A CREATE statement whose only option is IF NOT EXISTS, such as {@code CREATE PARTITION p IN c}. Immutable and
 * thread-safe.
 */
public final class CreateStep extends Step<CommandResult> {
    private final Function<Boolean, Statement> factory;
    private final boolean ifNotExists;

    CreateStep(Context context, Function<Boolean, Statement> factory, boolean ifNotExists) {
        super(context);
        this.factory = factory;
        this.ifNotExists = ifNotExists;
    }

    /**
     * Succeeds without change when the object already exists.
     *
     * @return a step with IF NOT EXISTS
     */
    public CreateStep ifNotExists() {
        return new CreateStep(context(), factory, true);
    }

    @Override
    public Statement toAst() {
        return factory.apply(ifNotExists);
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
