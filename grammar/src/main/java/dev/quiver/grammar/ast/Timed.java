package dev.quiver.grammar.ast;

import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A statement with a {@code TIMEOUT duration} suffix: {@code timeout} bounds the statement (gRPC deadline and
 * any waiting). Never nested; the wrapped statement is never a {@code Timed}.
 */
public record Timed(Statement statement, Duration timeout) implements Statement {
    public Timed {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(timeout, "timeout");
        if (statement instanceof Timed) {
            throw new IllegalArgumentException("a timed statement cannot be timed again");
        }
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitTimed(this);
    }
}
