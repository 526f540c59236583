package dev.quiver.dsl;

import dev.quiver.grammar.ast.Statement;
import java.util.function.Function;

/**
 * A DROP statement whose only option is IF EXISTS, such as {@code DROP COLLECTION c}. Immutable and thread-safe.
 */
public final class DropStep extends Step<CommandResult> {
    private final Function<Boolean, Statement> factory;
    private final boolean ifExists;

    DropStep(Context context, Function<Boolean, Statement> factory, boolean ifExists) {
        super(context);
        this.factory = factory;
        this.ifExists = ifExists;
    }

    /**
     * Succeeds without change when the object does not exist.
     *
     * @return a step with IF EXISTS
     */
    public DropStep ifExists() {
        return new DropStep(context(), factory, true);
    }

    @Override
    public Statement toAst() {
        return factory.apply(ifExists);
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
