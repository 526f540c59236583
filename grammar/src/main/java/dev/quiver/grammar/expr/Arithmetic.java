package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** {@code left op right}, for example {@code id % 2}; Milvus allows one field with a constant. */
public record Arithmetic(Expression left, ArithmeticOperator operator, Expression right) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitArithmetic(this);
    }
}
