package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** {@code subject is null}, or {@code subject is not null} when {@code negated}. */
public record NullTest(Expression subject, boolean negated) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitNullTest(this);
    }
}
