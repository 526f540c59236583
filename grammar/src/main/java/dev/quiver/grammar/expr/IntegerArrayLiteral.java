package dev.quiver.grammar.expr;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** A non-empty bracketed list of whole numbers, such as {@code [1, 2, 3]}: primary keys, int arrays. */
public record IntegerArrayLiteral(long[] values) implements Expression {
    public IntegerArrayLiteral {
        values = values.clone();
    }

    /** Returns a copy of the values. */
    @Override
    public long[] values() {
        return values.clone();
    }

    /** The number of elements. */
    public int size() {
        return values.length;
    }

    /** The element at {@code index}. */
    public long get(int index) {
        return values[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegerArrayLiteral other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "IntegerArrayLiteral" + Arrays.toString(values);
    }

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitIntegerArray(this);
    }
}
