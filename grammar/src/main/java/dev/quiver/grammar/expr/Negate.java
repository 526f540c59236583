package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** Unary minus on a non-literal operand; {@code -5} is an {@link Literal.IntegerLiteral} instead. */
public record Negate(Expression operand) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitNegate(this);
    }
}
