package dev.quiver.grammar.expr;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A call of a Milvus filter function: {@code json_contains}, {@code json_contains_all}, {@code json_contains_any},
 * {@code array_contains}, {@code array_contains_all}, {@code array_contains_any}, {@code array_length},
 * {@code text_match}, {@code phrase_match}, and the geometry predicates {@code st_equals}, {@code st_touches},
 * {@code st_overlaps}, {@code st_crosses}, {@code st_contains}, {@code st_intersects}, {@code st_within},
 * {@code st_dwithin}, {@code st_isvalid}. The name is kept in lower case.
 */
public record FunctionCall(String name, List<Expression> arguments) implements Expression {
    public FunctionCall {
        name = name.toLowerCase(java.util.Locale.ROOT);
        arguments = List.copyOf(arguments);
    }

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitFunctionCall(this);
    }
}
