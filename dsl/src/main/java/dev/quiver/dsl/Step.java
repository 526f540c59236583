package dev.quiver.dsl;

import dev.quiver.grammar.StatementFormatter;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.ast.Timed;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An executable statement of the DSL, producing a result of type {@code R}. A step is an immutable value: every
 * builder method returns a new step and leaves this one unchanged, so steps may be shared between threads and
 * reused. {@link #toAst()} is the statement as the grammar's AST, {@link #toString()} its canonical text.
 *
 * @param <R> the result of {@link #execute()}
 */
public abstract class Step<R> {
    private final Context context;
    private final Session session;
    private final @Nullable Duration timeout;

    Step(Context context) {
        this.context = context;
        this.session = context.session();
        this.timeout = context.timeout();
    }

    /** The session and default timeout, handed on to the steps this one derives. */
    final Context context() {
        return context;
    }

    /**
     * The statement as the grammar's immutable AST, built directly (no text is parsed).
     *
     * @return the statement; never a {@link Timed} (timeouts are applied by {@link #execute(Duration)})
     * @throws IllegalStateException when the step is incomplete, for example an INSERT without rows
     */
    public abstract Statement toAst();

    /** Turns what the execution returned into this step's result. */
    abstract R read(Outcome outcome);

    /**
     * Executes the statement with the default timeout of its {@link Quiver} (none unless set with
     * {@link Quiver#withTimeout(Duration)}).
     *
     * @return the result
     * @throws QuiverException when the statement fails
     */
    public final R execute() {
        return read(run(timeout, new AtomicReference<>()));
    }

    /**
     * Executes the statement bounded by {@code timeout}, which becomes the statement's {@code TIMEOUT}: the gRPC
     * deadline and the bound of any waiting (LOAD, FLUSH).
     *
     * @param timeout positive, at least one millisecond
     * @return the result
     * @throws QuiverException when the statement fails or times out (SQLState {@code HYT00})
     */
    public final R execute(Duration timeout) {
        return read(run(checkTimeout(timeout), new AtomicReference<>()));
    }

    /**
     * Executes the statement on the {@link Quiver}'s executor. Cancelling the returned future cancels the running
     * JDBC statement ({@code java.sql.Statement.cancel()}).
     *
     * @return a future completing with the result, or exceptionally with a {@link QuiverException}
     */
    public final CompletableFuture<R> executeAsync() {
        return async(Function.identity(), timeout);
    }

    /**
     * Like {@link #executeAsync()}, bounded by {@code timeout}.
     *
     * @param timeout positive, at least one millisecond
     * @return a future completing with the result
     */
    public final CompletableFuture<R> executeAsync(Duration timeout) {
        return async(Function.identity(), checkTimeout(timeout));
    }

    /** Runs asynchronously and maps the result inside the execution, so that cancelling reaches the statement. */
    final <T> CompletableFuture<T> async(Function<? super R, ? extends T> mapping, @Nullable Duration bound) {
        AtomicReference<java.sql.@Nullable Statement> running = new AtomicReference<>();
        CancellableFuture<T> future = new CancellableFuture<>(running);
        try {
            session.executor().execute(() -> {
                if (future.isDone()) {
                    return;
                }
                try {
                    future.complete(mapping.apply(read(run(bound, running))));
                } catch (RuntimeException | Error e) {
                    future.completeExceptionally(e);
                }
            });
        } catch (RejectedExecutionException e) {
            future.completeExceptionally(new QuiverException("the executor rejected the statement: " + e.getMessage()));
        }
        return future;
    }

    final Outcome run(@Nullable Duration bound, AtomicReference<java.sql.@Nullable Statement> running) {
        Statement statement = toAst();
        return session.run(bound == null ? statement : new Timed(statement, bound), running);
    }

    private static Duration checkTimeout(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.toMillis() < 1) {
            throw new IllegalArgumentException("a timeout must be at least 1ms, not " + timeout);
        }
        return timeout;
    }

    /**
     * The canonical statement text, as {@code StatementFormatter.format(toAst())} prints it.
     *
     * @return the text, without a trailing semicolon
     */
    @Override
    public final String toString() {
        return StatementFormatter.format(toAst());
    }

    /** A future whose cancellation also cancels the JDBC statement that is running for it. */
    private static final class CancellableFuture<T> extends CompletableFuture<T> {
        private final AtomicReference<java.sql.@Nullable Statement> running;

        CancellableFuture(AtomicReference<java.sql.@Nullable Statement> running) {
            this.running = running;
        }

        @Override
        public boolean cancel(boolean mayInterruptIfRunning) {
            boolean cancelled = super.cancel(mayInterruptIfRunning);
            java.sql.Statement statement = running.get();
            if (cancelled && statement != null) {
                try {
                    statement.cancel();
                } catch (SQLException ignored) {
                    // the statement finished or closed in the meantime: nothing is left to cancel
                }
            }
            return cancelled;
        }
    }
}
