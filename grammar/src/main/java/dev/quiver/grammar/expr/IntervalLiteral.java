package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/**
 * An ISO 8601 duration {@code INTERVAL 'P1DT2H'}, added to or subtracted from a TIMESTAMPTZ field in a comparison
 * with a {@link TimestampLiteral} ({@code tsz + INTERVAL 'P1D' > ISO '2025-01-01T00:00:00Z'}). The text is kept
 * as written.
 */
public record IntervalLiteral(String text) implements Expression {
    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitInterval(this);
    }
}
