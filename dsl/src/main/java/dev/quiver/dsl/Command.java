package dev.quiver.dsl;

import dev.quiver.grammar.ast.Statement;

/**
 * A statement without options that acts, such as {@code DROP ALIAS a} or {@code GRANT ROLE r TO u}; it returns a
 * {@link CommandResult}. Immutable and thread-safe.
 */
public final class Command extends Step<CommandResult> {
    private final Statement statement;

    Command(Context context, Statement statement) {
        super(context);
        this.statement = statement;
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
