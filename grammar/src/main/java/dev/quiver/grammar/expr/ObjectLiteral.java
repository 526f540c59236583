package dev.quiver.grammar.expr;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A JSON object literal {@code {"a": 1, "b": [1, 2]}}; entries keep their written order. */
public record ObjectLiteral(List<Entry> entries) implements Expression {
    public ObjectLiteral {
        entries = List.copyOf(entries);
    }

    /** One {@code "key": value} pair. */
    public record Entry(String key, Expression value) {}

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitObject(this);
    }
}
