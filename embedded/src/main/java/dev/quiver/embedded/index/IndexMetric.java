package dev.quiver.embedded.index;

import dev.quiver.embedded.kernel.VectorKernels;

/**
 * The float-vector metrics and how Milvus reports them: L2 as the squared distance (smaller is closer), IP as the
 * inner product and COSINE as the cosine similarity (larger is closer).
 */
public enum IndexMetric {
    /** Squared Euclidean distance. */
    L2(false),
    /** Inner product. */
    IP(true),
    /** Cosine similarity. */
    COSINE(true);

    private final boolean higherIsBetter;

    IndexMetric(boolean higherIsBetter) {
        this.higherIsBetter = higherIsBetter;
    }

    /** Whether a larger Milvus score is a closer vector. */
    public boolean higherIsBetter() {
        return higherIsBetter;
    }

    /**
     * The Milvus score of row {@code row} of {@code vectors} against {@code query}; {@code queryNorm} is the
     * query's Euclidean norm (only read for COSINE).
     */
    public float score(float[] query, float queryNorm, FloatVectors vectors, int row) {
        int offset = row * vectors.dim();
        return switch (this) {
            case L2 -> VectorKernels.l2(query, vectors.data(), offset);
            case IP -> VectorKernels.dot(query, vectors.data(), offset);
            case COSINE -> VectorKernels.cosine(query, queryNorm, vectors.data(), offset);
        };
    }

    /** A Milvus score turned into "larger is closer". */
    float similarity(float score) {
        return higherIsBetter ? score : -score;
    }

    /** The inverse of {@link #similarity}. */
    float fromSimilarity(float similarity) {
        return higherIsBetter ? similarity : -similarity;
    }

    static float norm(float[] query) {
        return (float) Math.sqrt(VectorKernels.squaredNorm(query, 0, query.length));
    }
}
