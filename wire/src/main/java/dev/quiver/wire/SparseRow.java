package dev.quiver.wire;

import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One row of a {@code SparseFloatArray} (reference §4.2): {@code contents[i]} is a sequence of little-endian
 * {@code (uint32 index, float32 value)} pairs, 8 bytes each, and the array's {@code dim} is the largest index plus
 * one over the batch. Indices are held in ints and compared unsigned. This type only carries the bytes' content in
 * wire order; rules about order, duplicates and finite values are the engine's. The arrays are not copied: callers
 * must not change them.
 *
 * @param indices the uint32 indices, in wire order
 * @param values the values, one per index
 */
public record SparseRow(int[] indices, float[] values) {
    private static final int PAIR = 8;

    /** @throws IllegalArgumentException when the two arrays differ in length */
    public SparseRow {
        if (indices.length != values.length) {
            throw new IllegalArgumentException("sparse row: " + indices.length + " indices but " + values.length + " values");
        }
    }

    /**
     * Reads one row.
     *
     * @throws IllegalArgumentException when the length is not a multiple of 8
     */
    public static SparseRow decode(ByteString bytes) {
        if (bytes.size() % PAIR != 0) {
            throw new IllegalArgumentException(
                    "invalid sparse float vector: length " + bytes.size() + " is not a multiple of 8");
        }
        int n = bytes.size() / PAIR;
        ByteBuffer buffer = bytes.asReadOnlyByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
        int[] indices = new int[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            indices[i] = buffer.getInt();
            values[i] = buffer.getFloat();
        }
        return new SparseRow(indices, values);
    }

    /**
     * The row for uint32 indices given as longs.
     *
     * @throws IllegalArgumentException when an index is outside [0, 2^32) or the arrays differ in length
     */
    public static SparseRow of(long[] indices, float[] values) {
        int[] narrow = new int[indices.length];
        for (int i = 0; i < indices.length; i++) {
            if (indices[i] < 0 || indices[i] > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("sparse vector index " + indices[i] + " is not a uint32");
            }
            narrow[i] = (int) indices[i];
        }
        return new SparseRow(narrow, values);
    }

    /** The wire bytes of this row. */
    public ByteString encode() {
        ByteBuffer buffer = ByteBuffer.allocate(indices.length * PAIR).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < indices.length; i++) {
            buffer.putInt(indices[i]).putFloat(values[i]);
        }
        return ByteString.copyFrom(buffer.array());
    }

    /** The number of pairs. */
    public int size() {
        return indices.length;
    }

    /** Index {@code i} as an unsigned value. */
    public long index(int i) {
        return Integer.toUnsignedLong(indices[i]);
    }

    /** The largest index plus one (0 for an empty row): this row's share of the batch {@code dim}. */
    public long dimension() {
        long max = -1;
        for (int index : indices) {
            max = Math.max(max, Integer.toUnsignedLong(index));
        }
        return max + 1;
    }

    /** The row as index → value in ascending index order (a later duplicate index wins). */
    public Map<Long, Float> toMap() {
        Map<Long, Float> out = new TreeMap<>();
        for (int i = 0; i < indices.length; i++) {
            out.put(index(i), values[i]);
        }
        return out;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SparseRow r && java.util.Arrays.equals(indices, r.indices)
                && java.util.Arrays.equals(values, r.values);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Arrays.hashCode(indices) + java.util.Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "SparseRow" + toMap();
    }
}
