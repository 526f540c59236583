package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** {@code subject like pattern}, {@code %} matching any run of characters. SQL's NOT LIKE is {@code Not(Like)}. */
public record Like(Expression subject, Expression pattern) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitLike(this);
    }
}
