package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/**
 * A TIMESTAMPTZ literal {@code ISO '2025-01-01T00:00:00+08:00'}: ISO 8601 text, with an offset or read in the
 * collection's time zone. Milvus compares it only with a TIMESTAMPTZ field, optionally shifted by an
 * {@link IntervalLiteral}. The text is kept as written; the engine (or Milvus) checks it.
 */
public record TimestampLiteral(String text) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitTimestamp(this);
    }
}
