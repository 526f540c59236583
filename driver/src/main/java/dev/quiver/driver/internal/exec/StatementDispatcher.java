package dev.quiver.driver.internal.exec;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.Timed;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Runs a statement through the handler registered for its class: removes the TIMEOUT wrapper (its deadline is
 * already in the context's scope; see {@link #timeoutOf}) and calls the handler, which resolves the bound
 * parameters from the context as it encodes.
 * A statement class without a handler is a {@code 0A000} "statement X is not supported yet". Thread-safe.
 */
public final class StatementDispatcher {
    private final HandlerRegistry registry;

    public StatementDispatcher(HandlerRegistry registry) {
        this.registry = registry;
    }

    /** The TIMEOUT clause of {@code statement}, or null when it has none. */
    public static @Nullable Duration timeoutOf(Statement statement) {
        return statement instanceof Timed timed ? timed.timeout() : null;
    }

    /** Executes {@code statement} with the context's bound parameters. */
    public ExecutionResult execute(Statement statement, ExecutionContext context) throws SQLException {
        Statement bare = unwrap(statement);
        return handlerFor(bare).execute(bare, context);
    }

    /** Executes a JDBC batch of {@code statement}, one set of bound values per entry. */
    public ExecutionResult executeBatch(Statement statement, List<ParameterBindings> batch, ExecutionContext context)
            throws SQLException {
        Statement bare = unwrap(statement);
        return handlerFor(bare).executeBatch(bare, batch, context);
    }

    @SuppressWarnings("unchecked")
    private StatementHandler<Statement> handlerFor(Statement statement) throws SQLException {
        StatementHandler<?> handler = registry.find(statement.getClass());
        if (handler == null) {
            throw SqlExceptions.notSupported("statement " + displayName(statement.getClass()) + " is not supported yet");
        }
        return (StatementHandler<Statement>) handler;
    }

    private static Statement unwrap(Statement statement) {
        return statement instanceof Timed timed ? timed.statement() : statement;
    }

    /** {@code ShowLoadState} → {@code SHOW LOAD STATE}. */
    public static String displayName(Class<?> type) {
        return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(Locale.ROOT);
    }
}
