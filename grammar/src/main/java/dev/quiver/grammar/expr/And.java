package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** {@code left and right}; chains are left-associative: {@code a and b and c} is {@code And(And(a, b), c)}. */
public record And(Expression left, Expression right) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitAnd(this);
    }
}
