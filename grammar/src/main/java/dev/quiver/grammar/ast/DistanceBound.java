package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.Expression;
import java.util.Objects;

/**
 * A range-search condition from the WHERE of a vector search: {@code vec <-> [..] < 0.8} (or {@code distance() < 0.8})
 * is {@code DistanceBound(LESS, 0.8)}; {@code vec <-> [..] BETWEEN a AND b} (or {@code distance() BETWEEN a AND b})
 * is two bounds, Milvus's interval in the metric's direction ({@code >= a} and {@code < b} for L2, HAMMING and
 * JACCARD, {@code > a} and {@code <= b} for IP and COSINE). Field, metric and vector are those of the
 * search's {@link VectorOrder}. {@code value} is a numeric literal or a parameter; {@code operator} is never
 * {@code EQUAL} or {@code NOT_EQUAL}.
 */
public record DistanceBound(ComparisonOperator operator, Expression value) {
    public DistanceBound {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }
}
