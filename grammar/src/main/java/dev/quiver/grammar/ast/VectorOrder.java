package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.ArrayLiteral;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.Parameter;
import java.util.List;
import java.util.Objects;

/**
 * The {@code ORDER BY field op vector} of a vector search. {@code vector} is a single query vector
 * ({@link dev.quiver.grammar.expr.DecimalArrayLiteral}, {@link dev.quiver.grammar.expr.IntegerArrayLiteral},
 * {@link dev.quiver.grammar.expr.SparseVectorLiteral}, {@link dev.quiver.grammar.expr.BinaryLiteral}), a
 * {@link Parameter}, or an {@link ArrayLiteral} of several query vectors ({@code [[...], [...]]}).
 */
public record VectorOrder(String field, Metric metric, Expression vector) {
    public VectorOrder {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(vector, "vector");
    }

    /** Whether several query vectors were written ({@code [[...], [...]]}): rows then gain a query index. */
    public boolean isMultiVector() {
        return vector instanceof ArrayLiteral;
    }

    /** The query vectors: the elements of a multi-vector list, otherwise {@code vector} alone. */
    public List<Expression> queryVectors() {
        return vector instanceof ArrayLiteral list ? list.elements() : List.of(vector);
    }
}
