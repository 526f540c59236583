package dev.quiver.grammar.expr;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A sparse vector {@code {3: 0.5, 17: 0.25}}: strictly increasing non-negative indices (below 2^32) and their
 * values. The constructor sorts by index and rejects duplicates.
 */
public record SparseVectorLiteral(long[] indices, float[] values) implements Expression {
    public SparseVectorLiteral {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("sparse vector has " + indices.length + " indices but " + values.length + " values");
        }
        indices = indices.clone();
        values = values.clone();
        sortByIndex(indices, values);
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] > 0xFFFF_FFFEL) {
                throw new IllegalArgumentException("sparse vector index " + indices[i] + " is outside [0, 4294967294]");
            }
            if (i > 0 && indices[i] == indices[i - 1]) {
                throw new IllegalArgumentException("sparse vector index " + indices[i] + " appears twice");
            }
        }
    }

    private static void sortByIndex(long[] indices, float[] values) {
        for (int i = 1; i < indices.length; i++) {
            long key = indices[i];
            float value = values[i];
            int j = i - 1;
            while (j >= 0 && indices[j] > key) {
                indices[j + 1] = indices[j];
                values[j + 1] = values[j];
                j--;
            }
            indices[j + 1] = key;
            values[j + 1] = value;
        }
    }

    @Override
    public long[] indices() {
        return indices.clone();
    }

    @Override
    public float[] values() {
        return values.clone();
    }

    /** The number of non-zero entries. */
    public int size() {
        return indices.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SparseVectorLiteral other
                && Arrays.equals(indices, other.indices) && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseVectorLiteral" + Arrays.toString(indices) + Arrays.toString(values);
    }

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitSparseVector(this);
    }
}
