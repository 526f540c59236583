package dev.quiver.embedded.index;

/** The k best rows seen so far by similarity (larger is better): a bounded binary min-heap on parallel arrays. */
final class TopCollector {
    private final int[] rows;
    private final float[] sims;
    private int size;

    TopCollector(int k) {
        rows = new int[k];
        sims = new float[k];
    }

    /** The similarity a row must beat to enter, or negative infinity while not full. */
    float threshold() {
        return size < rows.length ? Float.NEGATIVE_INFINITY : sims[0];
    }

    void offer(int row, float similarity) {
        if (rows.length == 0) {
            return;
        }
        if (size < rows.length) {
            int i = size++;
            rows[i] = row;
            sims[i] = similarity;
            siftUp(i);
        } else if (similarity > sims[0] || (similarity == sims[0] && row < rows[0])) {
            rows[0] = row;
            sims[0] = similarity;
            siftDown(0);
        }
    }

    /** The rows best first, scores converted back to Milvus scores for {@code metric}. */
    Neighbors drain(IndexMetric metric) {
        int n = size;
        int[] outRows = new int[n];
        float[] outScores = new float[n];
        for (int i = n - 1; i >= 0; i--) {
            outRows[i] = rows[0];
            outScores[i] = metric.fromSimilarity(sims[0]);
            size--;
            if (size > 0) {
                rows[0] = rows[size];
                sims[0] = sims[size];
                siftDown(0);
            }
        }
        return new Neighbors(outRows, outScores);
    }

    private boolean worse(int a, int b) {
        return sims[a] < sims[b] || (sims[a] == sims[b] && rows[a] > rows[b]);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!worse(i, parent)) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int child = left + 1 < size && worse(left + 1, left) ? left + 1 : left;
            if (!worse(child, i)) {
                return;
            }
            swap(i, child);
            i = child;
        }
    }

    private void swap(int a, int b) {
        int r = rows[a];
        rows[a] = rows[b];
        rows[b] = r;
        float s = sims[a];
        sims[a] = sims[b];
        sims[b] = s;
    }
}
