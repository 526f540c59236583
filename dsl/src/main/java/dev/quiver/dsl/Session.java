package dev.quiver.dsl;

import dev.quiver.grammar.ast.Statement;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/** Runs statement ASTs somewhere; implementations are thread-safe. */
interface Session {

    /**
     * Executes {@code statement} and reads everything it returns. The running JDBC statement is published in
     * {@code running} (when not null) so that a cancellation can reach it.
     */
    Outcome run(Statement statement, AtomicReference<java.sql.@org.jspecify.annotations.Nullable Statement> running);

    /** Where asynchronous executions run. */
    Executor executor();
}
