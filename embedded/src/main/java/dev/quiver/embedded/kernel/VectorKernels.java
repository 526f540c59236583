package dev.quiver.embedded.kernel;

import org.jspecify.annotations.Nullable;

/**
 * Distance kernels over contiguous arrays. No allocation, no boxing.
 *
 * <p>The float kernels use SIMD through {@code jdk.incubator.vector} when the JVM runs with
 * {@code --add-modules jdk.incubator.vector} ({@link SimdFloatKernels}); otherwise, and for the other vector
 * types, they are scalar loops unrolled with independent accumulators. The choice is made once, at class
 * initialisation, so the JIT folds the branch away.
 */
public final class VectorKernels {
    private static final @Nullable FloatKernels SIMD = FloatKernels.simdIfAvailable();

    private VectorKernels() {
    }

    /** Whether the float kernels run on the Vector API. */
    public static boolean simd() {
        return SIMD != null;
    }

    /** Squared Euclidean distance between {@code q} and {@code data[offset, offset + q.length)}. */
    public static float l2(float[] q, float[] data, int offset) {
        return SIMD != null ? SIMD.l2(q, data, offset) : scalarL2(q, data, offset);
    }

    /** Inner product of {@code q} and {@code data[offset, offset + q.length)}. */
    public static float dot(float[] q, float[] data, int offset) {
        return SIMD != null ? SIMD.dot(q, data, offset) : scalarDot(q, data, offset);
    }

    /** The scalar squared Euclidean distance. */
    static float scalarL2(float[] q, float[] data, int offset) {
        int dim = q.length;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dim; i += 4) {
            float d0 = q[i] - data[offset + i];
            float d1 = q[i + 1] - data[offset + i + 1];
            float d2 = q[i + 2] - data[offset + i + 2];
            float d3 = q[i + 3] - data[offset + i + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; i < dim; i++) {
            float d = q[i] - data[offset + i];
            s0 += d * d;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** The scalar inner product. */
    static float scalarDot(float[] q, float[] data, int offset) {
        int dim = q.length;
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int i = 0;
        for (; i + 3 < dim; i += 4) {
            s0 += q[i] * data[offset + i];
            s1 += q[i + 1] * data[offset + i + 1];
            s2 += q[i + 2] * data[offset + i + 2];
            s3 += q[i + 3] * data[offset + i + 3];
        }
        for (; i < dim; i++) {
            s0 += q[i] * data[offset + i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** Squared norm of {@code data[offset, offset + dim)}. */
    public static float squaredNorm(float[] data, int offset, int dim) {
        float s0 = 0;
        float s1 = 0;
        int i = 0;
        for (; i + 1 < dim; i += 2) {
            s0 += data[offset + i] * data[offset + i];
            s1 += data[offset + i + 1] * data[offset + i + 1];
        }
        for (; i < dim; i++) {
            s0 += data[offset + i] * data[offset + i];
        }
        return s0 + s1;
    }

    /** Cosine similarity; {@code queryNorm} is the query's Euclidean norm. Zero vectors score 0. */
    public static float cosine(float[] q, float queryNorm, float[] data, int offset) {
        return SIMD != null ? SIMD.cosine(q, queryNorm, data, offset) : scalarCosine(q, queryNorm, data, offset);
    }

    /** The scalar cosine similarity. */
    static float scalarCosine(float[] q, float queryNorm, float[] data, int offset) {
        int dim = q.length;
        float dot = 0;
        float norm = 0;
        for (int i = 0; i < dim; i++) {
            float x = data[offset + i];
            dot += q[i] * x;
            norm += x * x;
        }
        if (norm == 0 || queryNorm == 0) {
            return 0;
        }
        return (float) (dot / (queryNorm * Math.sqrt(norm)));
    }

    /** Number of differing bits between {@code q} and {@code data[offset, offset + q.length)}. */
    public static float hamming(byte[] q, byte[] data, int offset) {
        int bits = 0;
        for (int i = 0; i < q.length; i++) {
            bits += Integer.bitCount((q[i] ^ data[offset + i]) & 0xff);
        }
        return bits;
    }

    /** Jaccard distance {@code 1 - |a AND b| / |a OR b|}; 0 for two empty vectors. */
    public static float jaccard(byte[] q, byte[] data, int offset) {
        int and = 0;
        int or = 0;
        for (int i = 0; i < q.length; i++) {
            int a = q[i] & 0xff;
            int b = data[offset + i] & 0xff;
            and += Integer.bitCount(a & b);
            or += Integer.bitCount(a | b);
        }
        return or == 0 ? 0 : 1f - (float) and / or;
    }
}
