package dev.quiver.embedded.data;

import java.util.Optional;

/**
 * A search's range-search bounds as Milvus reads them from {@code search_params}: {@code radius} is the outer bound
 * and turns the search into a range search; {@code range_filter} is the inner bound and counts only with a radius
 * (without one Milvus runs a plain top-k search). For L2, HAMMING and JACCARD (smaller is closer) a hit keeps
 * {@code range_filter <= distance < radius}; for IP and COSINE (larger is closer) {@code radius < score <=
 * range_filter}. Both are compared as float32, as knowhere does.
 */
final class RangeBounds {
    private static final RangeBounds NONE = new RangeBounds(false, false, 0, false, 0);

    private final boolean range;
    private final boolean higherIsBetter;
    private final float radius;
    private final boolean hasRangeFilter;
    private final float rangeFilter;

    private RangeBounds(boolean range, boolean higherIsBetter, float radius, boolean hasRangeFilter,
                        float rangeFilter) {
        this.range = range;
        this.higherIsBetter = higherIsBetter;
        this.radius = radius;
        this.hasRangeFilter = hasRangeFilter;
        this.rangeFilter = rangeFilter;
    }

    /**
     * The bounds of a request, checked as Milvus's proxy checks them: both must be numbers, and with both given
     * {@code range_filter} must lie on the closer side of {@code radius} (strictly).
     */
    static RangeBounds of(Params params, SearchExecutor.Metric metric) {
        Optional<Double> radius = number(params, "radius");
        if (radius.isEmpty()) {
            return NONE;
        }
        Optional<Double> rangeFilter = number(params, "range_filter");
        if (rangeFilter.isPresent()) {
            double r = radius.get();
            double f = rangeFilter.get();
            if (metric.higherIsBetter && r >= f) {
                throw Errors.invalid("range_filter must be greater than radius for IP/COSINE, range_filter:%f, "
                        + "radius:%f", f, r);
            }
            if (!metric.higherIsBetter && r <= f) {
                throw Errors.invalid("range_filter must be less than radius for L2/HAMMING/JACCARD, range_filter:%f, "
                        + "radius:%f", f, r);
            }
        }
        return new RangeBounds(true, metric.higherIsBetter, radius.get().floatValue(), rangeFilter.isPresent(),
                rangeFilter.orElse(0d).floatValue());
    }

    private static Optional<Double> number(Params params, String key) {
        return params.get(key).map(v -> {
            try {
                double d = Double.parseDouble(v);
                if (Double.isFinite(d)) {
                    return d;
                }
            } catch (NumberFormatException e) {
                // reported below, as Milvus words it
            }
            throw Errors.invalid("must pass numpy type for %s", key);
        });
    }

    /** Whether this is a range search (a radius was given). */
    boolean isRange() {
        return range;
    }

    /** Whether a hit with this distance or score is kept. */
    boolean keeps(float score) {
        if (!range) {
            return true;
        }
        if (higherIsBetter) {
            return score > radius && (!hasRangeFilter || score <= rangeFilter);
        }
        return score < radius && (!hasRangeFilter || score >= rangeFilter);
    }
}
