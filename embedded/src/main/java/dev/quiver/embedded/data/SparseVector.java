package dev.quiver.embedded.data;

import com.google.protobuf.ByteString;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;
import dev.quiver.wire.SparseRow;
import java.util.Objects;

/**
 * One sparse float vector: strictly increasing uint32 indices (held in ints, compared unsigned) and their values.
 * The wire form is little-endian {@code (u32 index, f32 value)} pairs (reference §4.2).
 */
record SparseVector(int[] indices, float[] values, ByteString encoded) {

    static SparseVector decode(ByteString bytes) {
        SparseRow row;
        try {
            row = SparseRow.decode(bytes);
        } catch (IllegalArgumentException e) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID,
                    Objects.requireNonNullElse(e.getMessage(), e.toString()));
        }
        int[] indices = row.indices();
        float[] values = row.values();
        int n = row.size();
        for (int i = 0; i < n; i++) {
            if (Float.isNaN(values[i]) || Float.isInfinite(values[i])) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID,
                        "sparse float vector contains NaN or Inf value");
            }
            if (indices[i] == -1) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID,
                        "sparse vector index 4294967295 is out of range");
            }
        }
        boolean sorted = true;
        for (int i = 1; i < n; i++) {
            int cmp = Integer.compareUnsigned(indices[i - 1], indices[i]);
            if (cmp == 0) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID, "sparse vector has duplicate index "
                        + Integer.toUnsignedString(indices[i]));
            }
            sorted &= cmp < 0;
        }
        if (!sorted) {
            sortByIndex(indices, values);
            return new SparseVector(indices, values, encode(indices, values));
        }
        return new SparseVector(indices, values, bytes);
    }

    private static void sortByIndex(int[] indices, float[] values) {
        Integer[] order = new Integer[indices.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compareUnsigned(indices[a], indices[b]));
        int[] si = new int[indices.length];
        float[] sv = new float[values.length];
        for (int i = 0; i < order.length; i++) {
            si[i] = indices[order[i]];
            sv[i] = values[order[i]];
        }
        System.arraycopy(si, 0, indices, 0, si.length);
        System.arraycopy(sv, 0, values, 0, sv.length);
    }

    static ByteString encode(int[] indices, float[] values) {
        return new SparseRow(indices, values).encode();
    }

    /** max(index) + 1, as Milvus reports the dim of a sparse batch. */
    long dimension() {
        return indices.length == 0 ? 0 : Integer.toUnsignedLong(indices[indices.length - 1]) + 1;
    }

    /** The inner product with another sparse vector (merge over sorted indices). */
    float dot(SparseVector other) {
        int[] ai = indices;
        int[] bi = other.indices;
        float[] av = values;
        float[] bv = other.values;
        int i = 0;
        int j = 0;
        float sum = 0;
        while (i < ai.length && j < bi.length) {
            int cmp = Integer.compareUnsigned(ai[i], bi[j]);
            if (cmp == 0) {
                sum += av[i++] * bv[j++];
            } else if (cmp < 0) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }
}
