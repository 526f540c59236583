package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.IndexInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * BM25 scoring of one text query, as Milvus splits it between the query node's IDF oracle and knowhere's sparse
 * index: each query term's frequency is multiplied by {@code idf = ln(1 + (N - df + 0.5) / (df + 0.5))} over the
 * collection's statistics ({@code BM25Stats.BuildIDF}, float64 then float32), and a document scores
 * {@code sum(q_t * tf*(k1+1) / (tf + k1*(1 - b + b*dl/avgdl)))} over the terms it shares with the query, in float32
 * ({@code GetDocValueBM25Computer}), with {@code avgdl = max(tokens / N, 1)}. A document sharing no term with the
 * query is no candidate.
 */
final class Bm25Scorer {
    static final float DEFAULT_K1 = 1.2f;
    static final float DEFAULT_B = 0.75f;
    private final int[] terms;
    private final float[] weights;
    private final float k1;
    private final float b;
    private final float avgdl;

    private Bm25Scorer(int[] terms, float[] weights, float k1, float b, float avgdl) {
        this.terms = terms;
        this.weights = weights;
        this.k1 = k1;
        this.b = b;
        this.avgdl = avgdl;
    }

    /** The parameters of a BM25 search: k1 and b from the index (search-time values where the algorithm allows). */
    record Settings(float k1, float b, double dropRatio) {
        static Settings of(@Nullable IndexInfo index, Params search) {
            Map<String, String> built = index == null ? Map.of() : index.params();
            float k1 = parse(built.get("bm25_k1"), DEFAULT_K1, "bm25_k1");
            float b = parse(built.get("bm25_b"), DEFAULT_B, "bm25_b");
            String algo = built.getOrDefault("inverted_index_algo", "DAAT_MAXSCORE");
            Optional<String> searchK1 = search.get("bm25_k1");
            Optional<String> searchB = search.get("bm25_b");
            float sk1 = searchK1.map(v -> parse(v, DEFAULT_K1, "bm25_k1")).orElse(k1);
            float sb = searchB.map(v -> parse(v, DEFAULT_B, "bm25_b")).orElse(b);
            if (!algo.equals("TAAT_NAIVE") && (sk1 != k1 || sb != b)) {
                throw Errors.invalid("search time k1/b must equal load time config for DAAT_WAND or DAAT_MAXSCORE "
                        + "algorithm.");
            }
            checkRange("bm25_k1", sk1, 0, 3);
            checkRange("bm25_b", sb, 0, 1);
            double drop = search.getDouble("drop_ratio_search").orElse(0.0);
            if (!(drop >= 0 && drop < 1)) {
                throw Errors.invalid("Out of range in json: param 'drop_ratio_search' (%s) should be in range "
                        + "[0.000000, 1.000000)", drop);
            }
            return new Settings(sk1, sb, drop);
        }

        private static float parse(@Nullable String raw, float fallback, String key) {
            if (raw == null) {
                return fallback;
            }
            try {
                return Float.parseFloat(raw.trim());
            } catch (NumberFormatException e) {
                throw Errors.invalid("Type conflict in json: param '%s' (\"%s\") should be a number", key, raw);
            }
        }
    }

    static void checkRange(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw Errors.invalid("Out of range in json: param '%s' (%s) should be in range [%f, %f]", key,
                    value, min, max);
        }
    }

    /** The collection-wide statistics: summed over every loaded segment's counted rows. */
    record Corpus(List<TermStatistics> segments) {
        long rows() {
            long n = 0;
            for (TermStatistics s : segments) {
                n += s.rows();
            }
            return n;
        }

        long tokens() {
            long n = 0;
            for (TermStatistics s : segments) {
                n += s.tokens();
            }
            return n;
        }

        long rowsWith(int term) {
            long n = 0;
            for (TermStatistics s : segments) {
                n += s.rowsWith(term);
            }
            return n;
        }
    }

    /** Weights the query's term frequencies; drops the {@code dropRatio} smallest weights (knowhere's drop). */
    static Bm25Scorer prepare(SparseVector queryTf, Corpus corpus, Settings settings) {
        int[] indices = queryTf.indices();
        float[] tf = queryTf.values();
        long n = corpus.rows();
        long tokens = corpus.tokens();
        float[] weights = new float[indices.length];
        for (int i = 0; i < indices.length; i++) {
            double df = corpus.rowsWith(indices[i]);
            weights[i] = tf[i] * (float) Math.log(1 + (n - df + 0.5) / (df + 0.5));
        }
        int[] kept = indices;
        float[] keptWeights = weights;
        if (settings.dropRatio() > 0 && indices.length > 0) {
            float[] sorted = weights.clone();
            Arrays.sort(sorted);
            float threshold = sorted[(int) (settings.dropRatio() * sorted.length)];
            int count = 0;
            for (float w : weights) {
                count += w >= threshold ? 1 : 0;
            }
            kept = new int[count];
            keptWeights = new float[count];
            int j = 0;
            for (int i = 0; i < indices.length; i++) {
                if (weights[i] >= threshold) {
                    kept[j] = indices[i];
                    keptWeights[j++] = weights[i];
                }
            }
        }
        double avg = n == 0 || tokens == 0 ? 0 : (double) tokens / n;
        return new Bm25Scorer(kept, keptWeights, settings.k1(), settings.b(), Math.max((float) avg, 1f));
    }

    /**
     * Scores the rows below {@code rows} of one segment that hold a query term, term by term over the postings
     * (each row's terms added in query-term order); {@code sink} receives each such row and its score.
     */
    void scoreSegment(TermStatistics statistics, int rows, float[] lengths, RowScores sink) {
        float[] scores = null;
        java.util.BitSet touched = new java.util.BitSet(rows);
        for (int i = 0; i < terms.length; i++) {
            TermStatistics.Posting posting = statistics.posting(terms[i]);
            if (posting.size() == 0) {
                continue;
            }
            if (scores == null) {
                scores = new float[rows];
            }
            int[] postingRows = posting.rows();
            float[] frequencies = posting.frequencies();
            float weight = weights[i];
            for (int j = 0; j < posting.size(); j++) {
                int row = postingRows[j];
                if (row >= rows) {
                    break;
                }
                float tf = frequencies[j];
                scores[row] += weight * (tf * (k1 + 1) / (tf + k1 * (1 - b + b * (lengths[row] / avgdl))));
                touched.set(row);
            }
        }
        if (scores == null) {
            return;
        }
        for (int row = touched.nextSetBit(0); row >= 0; row = touched.nextSetBit(row + 1)) {
            sink.accept(row, scores[row]);
        }
    }

    /** Receives one scored row. */
    interface RowScores {
        void accept(int row, float score);
    }
}
