package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.SearchIteratorV2Results;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Search iterator v2 ({@code iterator=true, search_iter_v2=true}): each call returns the next
 * {@code search_iter_batch_size} hits beyond {@code search_iter_last_bound} (farther for L2/HAMMING/JACCARD, less
 * similar for IP/COSINE), under a token the first call generates. Milvus's segments keep per-token iterator state;
 * here the state is the set of keys already returned at exactly the last bound, so rows tied at a batch boundary
 * are neither lost nor repeated. Without state for a token (evicted, or another server) the bound alone applies.
 */
final class SearchIterators {
    private static final int MAX_TOKENS = 4096;

    /** One iterator call: its token, batch size and the bound from the previous batch, if any. */
    record Call(String token, int batchSize, @Nullable Float lastBound, @Nullable Set<Object> tied) {
        /** Whether a hit with this score and key comes after the previous batches. */
        boolean admits(float score, Object pk, boolean higherIsBetter) {
            if (lastBound == null) {
                return true;
            }
            float bound = lastBound;
            if (score == bound) {
                return tied != null && !tied.contains(pk);
            }
            return higherIsBetter ? score < bound : score > bound;
        }
    }

    private record State(float bound, Set<Object> tied) {
    }

    private final Map<String, State> states = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, State> eldest) {
            return size() > MAX_TOKENS;
        }
    };

    /**
     * The iterator v2 call the parameters describe, or null for an ordinary search; the checks and messages are
     * those of Milvus's proxy.
     */
    @Nullable Call parse(Params params, boolean iterator, boolean groupBy, long offset) {
        boolean v2 = params.get("search_iter_v2").map(SearchIterators::goTrue).orElse(false);
        if (!v2) {
            return null;
        }
        if (!iterator) {
            throw failed("both iterator and search_iter_v2 must be set in the SDK");
        }
        if (groupBy) {
            throw Errors.mismatch("", "",
                    "parse iterator v2 info failed: GroupBy is not permitted when using a search iterator");
        }
        if (offset > 0) {
            throw Errors.mismatch("", "",
                    "parse iterator v2 info failed: Setting an offset is not permitted when using a search iterator v2");
        }
        Optional<String> id = params.get("search_iter_id");
        String token;
        if (id.isEmpty()) {
            token = UUID.randomUUID().toString();
        } else {
            try {
                token = UUID.fromString(id.get()).toString();
            } catch (IllegalArgumentException e) {
                throw failed("invalid token format");
            }
        }
        String batchText = params.get("search_iter_batch_size").orElseThrow(() -> failed("batch size is required"));
        long batchSize;
        try {
            batchSize = Params.parseLong(batchText);
        } catch (NumberFormatException e) {
            throw failed("batch size is invalid, strconv.ParseInt: parsing \"" + batchText + "\": invalid syntax");
        }
        if (batchSize <= 0 || batchSize > SearchExecutor.TOPK_LIMIT) {
            throw failed("batch size is invalid, it should be in range [1, " + SearchExecutor.TOPK_LIMIT
                    + "], but got " + batchSize);
        }
        Float lastBound = null;
        Optional<String> boundText = params.get("search_iter_last_bound");
        if (boundText.isPresent()) {
            try {
                lastBound = Float.parseFloat(boundText.get());
            } catch (NumberFormatException e) {
                throw failed("failed to parse input last bound, strconv.ParseFloat: parsing \"" + boundText.get()
                        + "\": invalid syntax");
            }
        }
        Set<Object> tied = Set.of();
        if (lastBound != null) {
            synchronized (states) {
                State state = states.get(token);
                if (state != null && state.bound == lastBound) {
                    tied = state.tied;
                }
            }
        }
        return new Call(token, (int) batchSize, lastBound, tied);
    }

    /**
     * What the results carry: the token and the bound of this batch (its last score; the incoming bound when the
     * batch is empty; the closest possible bound on an empty first call). Remembers the keys tied at the bound.
     */
    SearchIteratorV2Results advance(Call call, List<Float> scores, List<Object> pks, boolean higherIsBetter) {
        float bound;
        if (!scores.isEmpty()) {
            bound = scores.get(scores.size() - 1);
            Set<Object> tied = new HashSet<>();
            if (call.lastBound() != null && call.lastBound() == bound && call.tied() != null) {
                tied.addAll(call.tied());
            }
            for (int i = 0; i < scores.size(); i++) {
                if (scores.get(i) == bound) {
                    tied.add(pks.get(i));
                }
            }
            synchronized (states) {
                states.put(call.token(), new State(bound, Set.copyOf(tied)));
            }
        } else if (call.lastBound() != null) {
            bound = call.lastBound();
        } else {
            bound = higherIsBetter ? Float.MAX_VALUE : -Float.MAX_VALUE;
        }
        return SearchIteratorV2Results.newBuilder().setToken(call.token()).setLastBound(bound).build();
    }

    private static boolean goTrue(String v) {
        return switch (v) {
            case "1", "t", "T", "TRUE", "true", "True" -> true;
            default -> false;
        };
    }

    /** Milvus wraps these as {@code parse iterator v2 info failed: ...} with {@code fmt.Errorf}. */
    private static RuntimeException failed(String message) {
        return Errors.unexpected("parse iterator v2 info failed: %s", message);
    }
}
