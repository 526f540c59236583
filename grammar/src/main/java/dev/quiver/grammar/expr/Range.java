package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/**
 * A two-sided range on one subject: Milvus's chained {@code 1 < x <= 5} (and its reverse spelling
 * {@code 5 >= x > 1}) and SQL's {@code x BETWEEN 1 AND 5} (both bounds inclusive) are the same node.
 */
public record Range(Expression lower, boolean lowerInclusive, Expression subject, Expression upper,
                    boolean upperInclusive) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitRange(this);
    }
}
