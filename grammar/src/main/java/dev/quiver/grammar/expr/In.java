package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/**
 * {@code subject [not] in list}: the list is an array literal ({@link ArrayLiteral}, {@link IntegerArrayLiteral},
 * {@link DecimalArrayLiteral}), a {@link TemplateVariable} or a {@link Parameter} standing for a whole list.
 * SQL's {@code IN (1, 2)} and Milvus's {@code in [1, 2]} are the same node.
 */
public record In(Expression subject, Expression list, boolean negated) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitIn(this);
    }
}
