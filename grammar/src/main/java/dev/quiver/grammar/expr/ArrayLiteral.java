package dev.quiver.grammar.expr;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bracketed list whose elements are not all numbers: strings, booleans, nested lists, parameters, or the empty
 * list {@code []}. Lists of numbers are {@link IntegerArrayLiteral} or {@link DecimalArrayLiteral}.
 */
public record ArrayLiteral(List<Expression> elements) implements Expression {
    public ArrayLiteral {
        elements = List.copyOf(elements);
    }

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitArray(this);
    }
}
