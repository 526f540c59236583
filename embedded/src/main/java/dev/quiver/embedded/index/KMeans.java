package dev.quiver.embedded.index;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * Lloyd's k-means for IVF's coarse quantizer, trained on a sample of at most 256 rows per list (as FAISS does) and
 * assigning by the index's metric (nearest centroid for L2, largest inner product or cosine otherwise).
 * Deterministic for a given input.
 */
final class KMeans {
    private static final int ITERATIONS = 10;
    private static final int SAMPLE_PER_LIST = 256;
    private static final long SEED = 1234;

    private KMeans() {
    }

    /** {@code lists} centroids, flattened ({@code lists * dim} floats). */
    static float[] train(FloatVectors vectors, IndexMetric metric, int lists) {
        int dim = vectors.dim();
        Random random = new Random(SEED);
        int[] sample = sample(vectors.count(), Math.min(vectors.count(), lists * SAMPLE_PER_LIST), random);
        float[] centroids = new float[lists * dim];
        int[] seeds = sample(sample.length, lists, random);
        for (int c = 0; c < lists; c++) {
            System.arraycopy(vectors.data(), sample[seeds[c]] * dim, centroids, c * dim, dim);
        }
        int[] assignment = new int[sample.length];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            FloatVectors current = new FloatVectors(centroids, dim, lists);
            IntStream.range(0, sample.length).parallel().forEach(i ->
                    assignment[i] = nearest(current, metric, vectors.data(), sample[i] * dim, dim));
            float[] sums = new float[lists * dim];
            int[] counts = new int[lists];
            for (int i = 0; i < sample.length; i++) {
                int c = assignment[i];
                counts[c]++;
                int from = sample[i] * dim;
                for (int j = 0; j < dim; j++) {
                    sums[c * dim + j] += vectors.data()[from + j];
                }
            }
            for (int c = 0; c < lists; c++) {
                if (counts[c] == 0) {
                    System.arraycopy(vectors.data(), sample[random.nextInt(sample.length)] * dim, centroids,
                            c * dim, dim);
                    continue;
                }
                for (int j = 0; j < dim; j++) {
                    centroids[c * dim + j] = sums[c * dim + j] / counts[c];
                }
            }
        }
        return centroids;
    }

    /** The list of the centroid closest to {@code data[offset, offset+dim)}. */
    static int nearest(FloatVectors centroids, IndexMetric metric, float[] data, int offset, int dim) {
        float[] point = new float[dim];
        System.arraycopy(data, offset, point, 0, dim);
        float norm = IndexMetric.norm(point);
        int best = 0;
        float bestSimilarity = Float.NEGATIVE_INFINITY;
        for (int c = 0; c < centroids.count(); c++) {
            float similarity = metric.similarity(metric.score(point, norm, centroids, c));
            if (similarity > bestSimilarity) {
                bestSimilarity = similarity;
                best = c;
            }
        }
        return best;
    }

    /** {@code n} distinct indexes of {@code [0, size)}, by a partial Fisher-Yates shuffle. */
    private static int[] sample(int size, int n, Random random) {
        int[] all = new int[size];
        for (int i = 0; i < size; i++) {
            all[i] = i;
        }
        for (int i = 0; i < n; i++) {
            int j = i + random.nextInt(size - i);
            int t = all[i];
            all[i] = all[j];
            all[j] = t;
        }
        int[] out = new int[n];
        System.arraycopy(all, 0, out, 0, n);
        return out;
    }
}
