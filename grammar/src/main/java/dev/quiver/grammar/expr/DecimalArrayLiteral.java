package dev.quiver.grammar.expr;

import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A non-empty bracketed list of numbers of which at least one has a fraction or exponent, such as a dense vector
 * {@code [0.1, -0.2, 3]}. Values are {@code double}s; a float vector column narrows them to {@code float}.
 *
 * <p>A literal made from a Java {@code float[]} ({@link #ofFloats}) keeps the floats and widens them (to the shortest
 * decimal that reads back as the same float, as the parser would read its text) only when the {@code double}s are
 * asked for: a vector that goes straight to a float column is never widened. Equality is on the {@code double}
 * values either way, so {@code ofFloats(new float[] {0.1f})} equals the parse of {@code [0.1]}. Immutable and
 * thread-safe.
 */
public final class DecimalArrayLiteral implements Expression {
    private final float @Nullable [] floats;
    private volatile double @Nullable [] values;

    /** A literal of these values (copied). */
    public DecimalArrayLiteral(double[] values) {
        this.floats = null;
        this.values = values.clone();
    }

    private DecimalArrayLiteral(float[] floats) {
        this.floats = floats;
    }

    /**
     * A literal of these floats (copied), each standing for the shortest decimal that reads back as it.
     *
     * @throws IllegalArgumentException when a value is NaN or infinite
     */
    public static DecimalArrayLiteral ofFloats(float[] floats) {
        for (float f : floats) {
            if (!Float.isFinite(f)) {
                throw new IllegalArgumentException("the number " + f + " has no literal form");
            }
        }
        return new DecimalArrayLiteral(floats.clone());
    }

    /**
     * The shortest decimal that reads back as {@code value}, as a double ({@code 0.1f} → {@code 0.1}): what the
     * float's text in a statement parses to.
     *
     * @throws IllegalArgumentException when {@code value} is NaN or infinite
     */
    public static double widen(float value) {
        if (!Float.isFinite(value)) {
            throw new IllegalArgumentException("the number " + value + " has no literal form");
        }
        double shortest = Double.parseDouble(Float.toString(value));
        return (float) shortest == value ? shortest : value;
    }

    /** Returns a copy of the values. */
    public double[] values() {
        return widened().clone();
    }

    private double[] widened() {
        double[] v = values;
        if (v == null) {
            float[] f = Objects.requireNonNull(floats, "a literal built without doubles holds floats");
            v = new double[f.length];
            for (int i = 0; i < f.length; i++) {
                v[i] = widen(f[i]);
            }
            values = v;
        }
        return v;
    }

    /** The values narrowed to {@code float}, as a float vector column stores them. */
    public float[] toFloatArray() {
        if (floats != null) {
            return floats.clone();
        }
        double[] v = widened();
        float[] result = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            result[i] = (float) v[i];
        }
        return result;
    }

    /** Whether the literal was made from floats ({@link #ofFloats}), so that {@link #toFloatArray} is exact. */
    public boolean isFloats() {
        return floats != null;
    }

    /** The number of elements. */
    public int size() {
        return floats != null ? floats.length : widened().length;
    }

    /** The element at {@code index}. */
    public double get(int index) {
        return widened()[index];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecimalArrayLiteral other && Arrays.equals(widened(), other.widened());
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(widened());
    }

    @Override
    public String toString() {
        return "DecimalArrayLiteral" + Arrays.toString(widened());
    }

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitDecimalArray(this);
    }
}
