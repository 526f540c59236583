package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** {@code not operand}. */
public record Not(Expression operand) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitNot(this);
    }
}
