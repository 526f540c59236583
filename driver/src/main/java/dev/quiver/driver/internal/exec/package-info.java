/**
 * The execution seam: how a parsed statement becomes RPCs and a result.
 *
 * <p>A JDBC statement parses its text, builds an {@link dev.quiver.driver.internal.exec.ExecutionContext} (the
 * connection's {@link dev.quiver.driver.internal.exec.Session}, a {@link dev.quiver.driver.internal.rpc.CallScope}
 * holding the statement's deadline and cancellation, the bound parameters, fetch size and max rows) and calls
 * the {@link dev.quiver.driver.internal.exec.StatementDispatcher}. The dispatcher removes a {@code TIMEOUT}
 * wrapper and calls the {@link dev.quiver.driver.internal.exec.StatementHandler} registered for the statement's
 * class. The statement is never rewritten: the handler resolves parameters while it encodes, reading each
 * expression through {@code context.bound(...)} (parameters become literals of their bound values, see
 * {@link dev.quiver.driver.internal.exec.ValueLiterals}) or, for INSERT values, taking the bound Java objects
 * themselves. A handler sends
 * RPCs only through {@code context.call}/{@code callRaw}/{@code waitUntil} (deadline, retries, cancel, status →
 * SQLException) and returns an {@link dev.quiver.driver.internal.exec.ExecutionResult}: rows
 * ({@link dev.quiver.driver.internal.exec.RowSource}, in memory or paged) or an update count with a command tag
 * and details.
 *
 * <p><b>Adding handlers.</b> Statement handlers live in {@code dev.quiver.driver.internal.exec.handlers} and are
 * listed by its {@code Handlers.all()}; its {@code Handlers.registry()} registers that list together with the session handlers of this package (SHOW VERSION, SHOW DATABASES, USE,
 * SHOW LOAD STATE, SET, RESET, SHOW SETTINGS). A statement class without a handler fails with {@code 0A000}
 * "statement X is not supported yet".
 */
@NullMarked
package dev.quiver.driver.internal.exec;

import org.jspecify.annotations.NullMarked;
