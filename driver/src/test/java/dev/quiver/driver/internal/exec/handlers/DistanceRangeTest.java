package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.ast.DistanceBound;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.Literal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class DistanceRangeTest {

    private static DistanceBound bound(ComparisonOperator op, double value) {
        return new DistanceBound(op, Literal.of(value));
    }

    private static Map<String, Object> apply(Metric metric, DistanceBound... bounds) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        DistanceRange.apply(Arrays.asList(bounds), metric, params);
        return params;
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = {"L2", "HAMMING", "JACCARD"})
    void anUpperBoundIsTheRadiusOfADistance(Metric metric) throws Exception {
        assertThat(apply(metric, bound(ComparisonOperator.LESS, 0.8))).containsExactly(Map.entry("radius", 0.8));
        assertThat(apply(metric, bound(ComparisonOperator.GREATER_OR_EQUAL, 0.2), bound(ComparisonOperator.LESS, 0.8)))
                .containsExactly(Map.entry("radius", 0.8), Map.entry("range_filter", 0.2));
    }

    @ParameterizedTest
    @EnumSource(value = Metric.class, names = {"IP", "COSINE"})
    void aLowerBoundIsTheRadiusOfASimilarity(Metric metric) throws Exception {
        assertThat(apply(metric, bound(ComparisonOperator.GREATER, 0.2))).containsExactly(Map.entry("radius", 0.2));
        assertThat(apply(metric, bound(ComparisonOperator.LESS_OR_EQUAL, 0.8), bound(ComparisonOperator.GREATER, 0.2)))
                .containsExactly(Map.entry("radius", 0.2), Map.entry("range_filter", 0.8));
    }

    @ParameterizedTest(name = "{0} distance {1} 0.5")
    @CsvSource(delimiter = '|', value = {
        "L2|LESS_OR_EQUAL|WHERE distance() <= 0.5: Milvus's radius is an exclusive bound (L2 keeps range_filter <= distance < radius); write distance() < 0.5",
        "HAMMING|GREATER|WHERE distance() > 0.5: Milvus's range_filter is an inclusive bound (HAMMING keeps range_filter <= distance < radius); write distance() >= 0.5",
        "COSINE|GREATER_OR_EQUAL|WHERE distance() >= 0.5: Milvus's radius is an exclusive bound (COSINE keeps radius < score <= range_filter); write distance() > 0.5",
        "IP|LESS|WHERE distance() < 0.5: Milvus's range_filter is an inclusive bound (IP keeps radius < score <= range_filter); write distance() <= 0.5",
    })
    void theWrongEdgeIsRejected(Metric metric, ComparisonOperator op, String message) {
        assertThatThrownBy(() -> apply(metric, bound(op, 0.5))).hasMessage(message);
    }

    @Test
    void aRangeFilterAloneIsRejectedBecauseMilvusWouldIgnoreIt() {
        assertThatThrownBy(() -> apply(Metric.L2, bound(ComparisonOperator.GREATER_OR_EQUAL, 0.5)))
                .hasMessage("WHERE distance() >= 0.5: this bound is Milvus's range_filter, which only counts in a range"
                        + " search with a radius (L2 keeps range_filter <= distance < radius); add distance() < r"
                        + " (Milvus would ignore it alone)");
        assertThatThrownBy(() -> apply(Metric.COSINE, bound(ComparisonOperator.LESS_OR_EQUAL, 0.5)))
                .hasMessageContaining("(COSINE keeps radius < score <= range_filter); add distance() > r");
    }

    @Test
    void anEmptyRangeIsRejected() {
        assertThatThrownBy(() -> apply(Metric.L2, bound(ComparisonOperator.GREATER_OR_EQUAL, 1.0),
                bound(ComparisonOperator.LESS, 1.0)))
                .hasMessage("WHERE distance() >= 1.0 AND distance() < 1.0: the range is empty"
                        + " (L2 keeps range_filter <= distance < radius)");
        assertThatThrownBy(() -> apply(Metric.IP, bound(ComparisonOperator.GREATER, 0.9),
                bound(ComparisonOperator.LESS_OR_EQUAL, 0.1)))
                .hasMessage("WHERE distance() <= 0.1 AND distance() > 0.9: the range is empty"
                        + " (IP keeps radius < score <= range_filter)");
    }

    @Test
    void twoBoundsOnOneSideAreRejected() {
        assertThatThrownBy(() -> apply(Metric.L2, bound(ComparisonOperator.LESS, 1.0), bound(ComparisonOperator.LESS, 2.0)))
                .hasMessage("WHERE distance() < 2.0: the distance is bounded twice on the same side (radius)");
    }

    @Test
    void noBoundsNoRange() throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        DistanceRange.apply(List.of(), Metric.L2, params);
        assertThat(params).isEmpty();
    }
}
