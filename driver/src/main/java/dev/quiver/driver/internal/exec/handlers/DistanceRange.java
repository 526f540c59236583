package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.grammar.ast.DistanceBound;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.expr.ComparisonOperator;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A search's distance bounds as Milvus's range search: {@code radius} (the outer bound, exclusive, required) and
 * {@code range_filter} (the inner bound, inclusive, optional). For L2, HAMMING and JACCARD smaller is closer and
 * Milvus keeps {@code range_filter <= distance < radius}; for IP and COSINE larger is closer and it keeps
 * {@code radius < score <= range_filter}. A bound Milvus cannot express (the wrong edge, a range_filter without a
 * radius, an empty range) is an error naming the clause, so no condition of the WHERE is silently dropped.
 */
final class DistanceRange {
    private DistanceRange() {
    }

    /** Puts {@code radius} and {@code range_filter} for the bounds (their values already bound) into params. */
    static void apply(List<DistanceBound> bounds, Metric metric, Map<String, Object> params) throws SQLException {
        boolean smallerIsCloser = metric == Metric.L2 || metric == Metric.HAMMING || metric == Metric.JACCARD;
        String rule = metric + (smallerIsCloser ? " keeps range_filter <= distance < radius"
                : " keeps radius < score <= range_filter");
        @Nullable Number radius = null;
        @Nullable Number rangeFilter = null;
        String radiusClause = "";
        String rangeFilterClause = "";
        for (DistanceBound bound : bounds) {
            Object v = Values.toJava(bound.value(), "a distance bound");
            if (!(v instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                throw SqlExceptions.invalidValue("WHERE distance() " + bound.operator().milvusText()
                        + " ...: a distance bound must be a finite number, got " + FieldEncoder.describeValue(v));
            }
            ComparisonOperator op = bound.operator();
            String clause = "WHERE distance() " + op.milvusText() + " " + n;
            boolean upper = op == ComparisonOperator.LESS || op == ComparisonOperator.LESS_OR_EQUAL;
            boolean strict = op == ComparisonOperator.LESS || op == ComparisonOperator.GREATER;
            boolean isRadius = upper == smallerIsCloser;
            if (isRadius && !strict) {
                throw SqlExceptions.invalidValue(clause + ": Milvus's radius is an exclusive bound (" + rule
                        + "); write distance() " + (upper ? "<" : ">") + " " + n);
            }
            if (!isRadius && strict) {
                throw SqlExceptions.invalidValue(clause + ": Milvus's range_filter is an inclusive bound (" + rule
                        + "); write distance() " + (upper ? "<=" : ">=") + " " + n);
            }
            if ((isRadius ? radius : rangeFilter) != null) {
                throw SqlExceptions.invalidValue(clause + ": the distance is bounded twice on the same side ("
                        + (isRadius ? "radius" : "range_filter") + ")");
            }
            if (isRadius) {
                radius = n;
                radiusClause = clause;
            } else {
                rangeFilter = n;
                rangeFilterClause = clause;
            }
        }
        if (rangeFilter != null && radius == null) {
            throw SqlExceptions.invalidValue(rangeFilterClause + ": this bound is Milvus's range_filter, which only "
                    + "counts in a range search with a radius (" + rule + "); add distance() "
                    + (smallerIsCloser ? "< r" : "> r") + " (Milvus would ignore it alone)");
        }
        if (radius != null && rangeFilter != null) {
            double r = radius.doubleValue();
            double f = rangeFilter.doubleValue();
            if (smallerIsCloser ? f >= r : f <= r) {
                throw SqlExceptions.invalidValue(rangeFilterClause + " AND " + radiusClause.substring("WHERE ".length())
                        + ": the range is empty (" + rule + ")");
            }
        }
        if (radius != null) {
            params.put("radius", radius);
        }
        if (rangeFilter != null) {
            params.put("range_filter", rangeFilter);
        }
    }
}
