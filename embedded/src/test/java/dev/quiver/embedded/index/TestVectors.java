package dev.quiver.embedded.index;

import java.util.BitSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;

/** Test data: uniform random and Gaussian-clustered vectors, queries, exact answers and recall. */
final class TestVectors {
    private TestVectors() {
    }

    static FloatVectors random(int n, int dim, long seed) {
        Random random = new Random(seed);
        float[] data = new float[n * dim];
        for (int i = 0; i < data.length; i++) {
            data[i] = random.nextFloat() * 2 - 1;
        }
        return new FloatVectors(data, dim, n);
    }

    static FloatVectors clustered(int n, int dim, int clusters, long seed) {
        Random random = new Random(seed);
        float[] centres = new float[clusters * dim];
        for (int i = 0; i < centres.length; i++) {
            centres[i] = random.nextFloat() * 2 - 1;
        }
        float[] data = new float[n * dim];
        for (int row = 0; row < n; row++) {
            int c = random.nextInt(clusters);
            for (int j = 0; j < dim; j++) {
                data[row * dim + j] = centres[c * dim + j] + (float) random.nextGaussian() * 0.25f;
            }
        }
        return new FloatVectors(data, dim, n);
    }

    /** Queries drawn like the data (rows of a fresh set of the same kind). */
    static float[][] queries(FloatVectors like, int count) {
        float[][] queries = new float[count][like.dim()];
        Random random = new Random(99);
        for (int q = 0; q < count; q++) {
            int row = random.nextInt(like.count());
            for (int j = 0; j < like.dim(); j++) {
                queries[q][j] = like.data()[row * like.dim() + j] + (float) random.nextGaussian() * 0.1f;
            }
        }
        return queries;
    }

    /** The mean fraction of the exact top-k rows the index returned. */
    static double recall(VectorIndex index, FloatVectors vectors, float[][] queries, SearchSettings settings,
                         BitSet accept) {
        double found = 0;
        for (float[] query : queries) {
            Neighbors exact = ExactSearch.search(vectors, index.spec().metric(), query, settings.topk(), accept);
            Neighbors approx = index.search(query, settings, accept);
            Set<Integer> truth = new HashSet<>();
            for (int row : exact.rows()) {
                truth.add(row);
            }
            for (int row : approx.rows()) {
                if (truth.contains(row)) {
                    found++;
                }
            }
        }
        return found / (queries.length * (double) settings.topk());
    }

    static IndexSpec hnsw(IndexMetric metric, int m, int efConstruction) {
        return IndexParams.resolve("HNSW", metric, java.util.Map.of("M", Integer.toString(m), "efConstruction",
                Integer.toString(efConstruction)), 1);
    }

    static IndexSpec ivf(IndexMetric metric, int nlist) {
        return IndexParams.resolve("IVF_FLAT", metric, java.util.Map.of("nlist", Integer.toString(nlist)), 1);
    }
}
