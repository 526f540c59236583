package dev.quiver.embedded.index;

import java.util.Objects;

/**
 * The float vectors of one segment in one contiguous array: row {@code r} is {@code data[r*dim, (r+1)*dim)}.
 * Indexes keep a reference and never write to it; the owner must not change rows below {@code count} while an
 * index over them is in use.
 *
 * @param data the vectors, at least {@code count * dim} floats
 * @param dim the dimension, at least 1
 * @param count the number of rows
 */
public record FloatVectors(float[] data, int dim, int count) {
    public FloatVectors {
        Objects.requireNonNull(data, "data");
        if (dim < 1) {
            throw new IllegalArgumentException("dim must be at least 1, got " + dim);
        }
        if (count < 0 || (long) count * dim > data.length) {
            throw new IllegalArgumentException("count " + count + " x dim " + dim + " exceeds the " + data.length
                    + " floats given");
        }
    }
}
