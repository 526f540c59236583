package dev.quiver.embedded.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a hybrid search fuses its sub-searches' ranked lists into one score per primary key (Milvus's proxy rerank
 * functions {@code rrf} and {@code weighted}). All arithmetic is float32, in Milvus's order of operations, so the
 * fused scores are bit-for-bit Milvus's.
 */
sealed interface Reranker {
    /** One sub-search's answer for one query: keys best first, their scores, and the metric that scored them. */
    record Ranked(List<Object> ids, float[] scores, String metric) {
    }

    /** The fused score of every key any list holds, in first-seen order. */
    Map<Object, Float> fuse(List<Ranked> lists);

    /** Whether a larger fused score ranks first (grouped results always rank larger first). */
    boolean descending(List<String> metrics);

    /** Reciprocal rank fusion: {@code sum over lists of 1 / (k + rank)}, ranks from 1. */
    record Rrf(float k) implements Reranker {
        @Override
        public Map<Object, Float> fuse(List<Ranked> lists) {
            Map<Object, Float> fused = new LinkedHashMap<>();
            for (Ranked list : lists) {
                for (int i = 0; i < list.ids().size(); i++) {
                    float contribution = 1f / (k + (float) (i + 1));
                    fused.merge(list.ids().get(i), contribution, Float::sum);
                }
            }
            return fused;
        }

        @Override
        public boolean descending(List<String> metrics) {
            return true;
        }
    }

    /**
     * Weighted sum of the sub-searches' scores, one weight per sub-search. With {@code norm_score} each score is
     * first mapped into [0, 1] per metric; without it, raw scores are summed, except that when distance metrics
     * (smaller is closer) are mixed with similarity metrics the distances are mapped so that larger is better.
     */
    record Weighted(float[] weights, boolean normScore) implements Reranker {
        @Override
        public Map<Object, Float> fuse(List<Ranked> lists) {
            if (lists.size() != weights.length) {
                throw Errors.mismatch(lists.size(), weights.length,
                        "the length of weights param mismatch with ann search requests");
            }
            boolean mixed = mixed(lists.stream().map(Ranked::metric).toList());
            Map<Object, Float> fused = new LinkedHashMap<>();
            for (int l = 0; l < lists.size(); l++) {
                Ranked list = lists.get(l);
                for (int i = 0; i < list.ids().size(); i++) {
                    float contribution = weights[l] * normalize(list.scores()[i], list.metric(), normScore, mixed);
                    fused.merge(list.ids().get(i), contribution, Float::sum);
                }
            }
            return fused;
        }

        @Override
        public boolean descending(List<String> metrics) {
            return normScore || mixed(metrics) || metrics.stream().allMatch(Reranker::largerIsCloser);
        }

        private static boolean mixed(List<String> metrics) {
            boolean larger = metrics.stream().anyMatch(Reranker::largerIsCloser);
            boolean smaller = metrics.stream().anyMatch(m -> !largerIsCloser(m));
            return larger && smaller;
        }
    }

    /** COSINE, IP and BM25 score similarity (larger is closer); the other metrics score distance. */
    static boolean largerIsCloser(String metric) {
        return switch (metric.toUpperCase(Locale.ROOT)) {
            case "COSINE", "IP", "BM25" -> true;
            default -> false;
        };
    }

    /**
     * Milvus's score normalisation: COSINE {@code (1 + s) / 2}, IP {@code 1/2 + atan(s)/pi}, BM25
     * {@code 2 atan(s)/pi}, distances {@code 1 - 2 atan(d)/pi}. Without normalisation, only distances mixed with
     * similarities are mapped (by the distance formula).
     */
    static float normalize(float score, String metric, boolean normScore, boolean mixed) {
        String name = metric.toUpperCase(Locale.ROOT);
        if (!normScore) {
            if (!mixed || largerIsCloser(name)) {
                return score;
            }
            return distance(score);
        }
        return switch (name) {
            case "COSINE" -> (1f + score) * 0.5f;
            case "IP" -> 0.5f + (float) Math.atan(score) / (float) Math.PI;
            case "BM25" -> 2f * (float) Math.atan(score) / (float) Math.PI;
            default -> distance(score);
        };
    }

    private static float distance(float score) {
        return 1.0f - 2f * (float) Math.atan(score) / (float) Math.PI;
    }
}
