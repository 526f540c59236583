package dev.quiver.embedded.data;

/**
 * The engine's float distance kernels (SIMD when the JVM has {@code jdk.incubator.vector}, see
 * {@link VectorKernels}) for the ANN indexes in {@code dev.quiver.embedded.index}, so that index search and build
 * score vectors exactly as the exact scan does. Stateless and thread-safe.
 */
public final class Distances {
    private Distances() {
    }

    /** Squared Euclidean distance between {@code q} and {@code data[offset, offset + q.length)}. */
    public static float l2(float[] q, float[] data, int offset) {
        return VectorKernels.l2(q, data, offset);
    }

    /** Inner product of {@code q} and {@code data[offset, offset + q.length)}. */
    public static float dot(float[] q, float[] data, int offset) {
        return VectorKernels.dot(q, data, offset);
    }

    /** Cosine similarity; {@code queryNorm} is the query's Euclidean norm. Zero vectors score 0. */
    public static float cosine(float[] q, float queryNorm, float[] data, int offset) {
        return VectorKernels.cosine(q, queryNorm, data, offset);
    }

    /** Squared Euclidean norm of {@code data[offset, offset + dim)}. */
    public static float squaredNorm(float[] data, int offset, int dim) {
        return VectorKernels.squaredNorm(data, offset, dim);
    }
}
