package dev.quiver.grammar.expr;

import java.util.List;

/**
 * The canonical literal of a bracketed list, shared by every producer of the AST (the statement parser and its
 * fast path, the Milvus-expression parser, the DSL) so that the same list is always the same node: whole numbers
 * only → {@link IntegerArrayLiteral}; numbers with at least one decimal → {@link DecimalArrayLiteral}; anything
 * else, and the empty list → {@link ArrayLiteral}.
 */
public final class ListLiterals {
    private ListLiterals() {
    }

    /** The canonical node for a list of these elements. */
    public static Expression of(List<Expression> elements) {
        if (elements.isEmpty()) {
            return new ArrayLiteral(elements);
        }
        boolean integral = true;
        for (Expression element : elements) {
            if (element instanceof Literal.DecimalLiteral) {
                integral = false;
            } else if (!(element instanceof Literal.IntegerLiteral)) {
                return new ArrayLiteral(elements);
            }
        }
        if (integral) {
            long[] values = new long[elements.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = ((Literal.IntegerLiteral) elements.get(i)).value();
            }
            return new IntegerArrayLiteral(values);
        }
        double[] values = new double[elements.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = elements.get(i) instanceof Literal.IntegerLiteral integer
                    ? integer.value() : ((Literal.DecimalLiteral) elements.get(i)).value();
        }
        return new DecimalArrayLiteral(values);
    }
}
