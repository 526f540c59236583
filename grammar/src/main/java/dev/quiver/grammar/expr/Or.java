package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** {@code left or right}; chains are left-associative. */
public record Or(Expression left, Expression right) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitOr(this);
    }
}
