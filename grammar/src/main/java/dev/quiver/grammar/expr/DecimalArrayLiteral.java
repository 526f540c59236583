package dev.quiver.grammar.expr;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A non-empty bracketed list of numbers of which at least one has a fraction or exponent, such as a dense vector
 * {@code [0.1, -0.2, 3]}. Values are kept as {@code double}; a float vector column narrows them to {@code float}.
 */
public record DecimalArrayLiteral(double[] values) implements Expression {
    public DecimalArrayLiteral {
        values = values.clone();
    }

    /** Returns a copy of the values. */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** The values narrowed to {@code float}, as a float vector column stores them. */
    public float[] toFloatArray() {
        float[] result = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (float) values[i];
        }
        return result;
    }

    /** The number of elements. */
    public int size() {
        return values.length;
    }

    /** The element at {@code index}. */
    public double get(int index) {
        return values[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecimalArrayLiteral other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "DecimalArrayLiteral" + Arrays.toString(values);
    }

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitDecimalArray(this);
    }
}
