package dev.quiver.grammar.expr;

import java.util.List;

/** A JSON object literal {@code {"a": 1, "b": [1, 2]}}; entries keep their written order. */
public record ObjectLiteral(List<Entry> entries) implements Expression {
    public ObjectLiteral {
        entries = List.copyOf(entries);
    }

    /** One {@code "key": value} pair. */
    public record Entry(String key, Expression value) {}
}
