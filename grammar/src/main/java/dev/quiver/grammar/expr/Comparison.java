package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** {@code left op right}, for example {@code year >= 2000}. */
public record Comparison(Expression left, ComparisonOperator operator, Expression right) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitComparison(this);
    }
}
