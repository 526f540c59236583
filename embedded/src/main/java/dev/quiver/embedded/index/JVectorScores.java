package dev.quiver.embedded.index;

import io.github.jbellis.jvector.graph.RandomAccessVectorValues;
import io.github.jbellis.jvector.graph.similarity.BuildScoreProvider;
import io.github.jbellis.jvector.graph.similarity.DefaultSearchScoreProvider;
import io.github.jbellis.jvector.graph.similarity.ScoreFunction;
import io.github.jbellis.jvector.graph.similarity.SearchScoreProvider;
import io.github.jbellis.jvector.vector.types.VectorFloat;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * JVector's view of a segment's vectors: exact scores computed with the engine's kernels on the segment's own
 * array (no copy), in JVector's similarity convention (larger is closer, positive for its pruning heuristic):
 * {@code 1/(1+d)} for L2 and {@code (1+x)/2} for COSINE (JVector's own transforms), and for IP {@code 1+x} or
 * {@code 1/(1-x)}, positive for any inner product.
 */
final class JVectorScores implements BuildScoreProvider {
    private final FloatVectors vectors;
    private final IndexMetric metric;
    private volatile @Nullable VectorFloat<?> centroid;

    JVectorScores(FloatVectors vectors, IndexMetric metric) {
        this.vectors = vectors;
        this.metric = metric;
    }

    static float similarity(IndexMetric metric, float score) {
        return switch (metric) {
            case L2 -> 1f / (1f + score);
            // an inner product of unnormalised vectors is unbounded; JVector's (1+x)/2 goes negative below -1 and its
            // diversity pruning (alpha times a similarity) then keeps the wrong edges, so map it monotonically > 0
            case IP -> score >= 0 ? 1f + score : 1f / (1f - score);
            case COSINE -> (1f + score) / 2f;
        };
    }

    /** The JVector scoring of every row against {@code query}. */
    SearchScoreProvider forQuery(float[] query) {
        float norm = IndexMetric.norm(query);
        ScoreFunction.ExactScoreFunction function = node -> similarity(metric,
                metric.score(query, norm, vectors, node));
        return new DefaultSearchScoreProvider(function);
    }

    /** The rows as JVector vector values (copies made on demand; the build only asks for sizes). */
    RandomAccessVectorValues values() {
        return new RandomAccessVectorValues() {
            @Override
            public int size() {
                return vectors.count();
            }

            @Override
            public int dimension() {
                return vectors.dim();
            }

            @Override
            public VectorFloat<?> getVector(int node) {
                return vts.createFloatVector(row(node));
            }

            @Override
            public boolean isValueShared() {
                return false;
            }

            @Override
            public RandomAccessVectorValues copy() {
                return this;
            }
        };
    }

    private float[] row(int node) {
        int dim = vectors.dim();
        return Arrays.copyOfRange(vectors.data(), node * dim, (node + 1) * dim);
    }

    @Override
    public boolean isExact() {
        return true;
    }

    @Override
    public VectorFloat<?> approximateCentroid() {
        VectorFloat<?> c = centroid;
        if (c == null) {
            int dim = vectors.dim();
            float[] sum = new float[dim];
            float[] data = vectors.data();
            for (int row = 0; row < vectors.count(); row++) {
                for (int j = 0; j < dim; j++) {
                    sum[j] += data[row * dim + j];
                }
            }
            for (int j = 0; j < dim; j++) {
                sum[j] /= Math.max(1, vectors.count());
            }
            c = vts.createFloatVector(sum);
            centroid = c;
        }
        return c;
    }

    @Override
    public SearchScoreProvider searchProviderFor(VectorFloat<?> vector) {
        Object raw = vector.get();
        float[] query;
        if (raw instanceof float[] array && array.length == vector.length()) {
            query = array;
        } else {
            query = new float[vector.length()];
            for (int j = 0; j < query.length; j++) {
                query[j] = vector.get(j);
            }
        }
        return forQuery(query);
    }

    @Override
    public SearchScoreProvider searchProviderFor(int node) {
        return forQuery(row(node));
    }

    @Override
    public SearchScoreProvider diversityProviderFor(int node) {
        return forQuery(row(node));
    }
}
