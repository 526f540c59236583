package dev.quiver.embedded.kernel;

import org.jspecify.annotations.Nullable;

/** Float distance kernels with an accelerated implementation; see {@link VectorKernels}. */
interface FloatKernels {

    /** Squared Euclidean distance between {@code q} and {@code data[offset, offset + q.length)}. */
    float l2(float[] q, float[] data, int offset);

    /** Inner product of {@code q} and {@code data[offset, offset + q.length)}. */
    float dot(float[] q, float[] data, int offset);

    /** Cosine similarity; {@code queryNorm} is the query's Euclidean norm. Zero vectors score 0. */
    float cosine(float[] q, float queryNorm, float[] data, int offset);

    /**
     * The Vector API kernels when the JVM resolved {@code jdk.incubator.vector}, else null. Loaded reflectively so
     * that a JVM without the module never touches a class that links against it.
     */
    static @Nullable FloatKernels simdIfAvailable() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return null;
        }
        try {
            return (FloatKernels) Class.forName("dev.quiver.embedded.kernel.SimdFloatKernels")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
