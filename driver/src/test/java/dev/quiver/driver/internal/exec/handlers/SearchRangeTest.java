package dev.quiver.driver.internal.exec.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.ast.DistanceBound;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.Literal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SearchRangeTest {

    @ParameterizedTest(name = "{0} distance {1} 0.8 -> {2}")
    @CsvSource({
        "L2, LESS, radius", "L2, LESS_OR_EQUAL, radius", "L2, GREATER, range_filter",
        "HAMMING, LESS, radius", "JACCARD, GREATER_OR_EQUAL, range_filter",
        "IP, GREATER, radius", "COSINE, GREATER_OR_EQUAL, radius", "COSINE, LESS, range_filter", "IP, LESS_OR_EQUAL, range_filter"
    })
    void boundsFollowTheMetricsDirection(Metric metric, ComparisonOperator op, String key) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        SearchHandler.rangeBounds(List.of(new DistanceBound(op, Literal.of(0.8))), metric, params);
        assertThat(params).containsExactly(Map.entry(key, 0.8));
    }

    @Test
    void twoBoundsOnOneSideAreRejected() {
        assertThatThrownBy(() -> SearchHandler.rangeBounds(List.of(new DistanceBound(ComparisonOperator.LESS, Literal.of(1.0)),
                new DistanceBound(ComparisonOperator.LESS, Literal.of(2.0))), Metric.L2, new LinkedHashMap<>()))
                .hasMessage("the distance is bounded twice on the same side (radius)");
    }
}
