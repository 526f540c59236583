package dev.quiver.driver.internal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> NAMES = List.of("queryTimeout", "connectTimeout", "keepAliveTimeout", "user", "tls");

    @Test
    void prefersTheClosestSuffixThenTheClosestWholeName() {
        assertThat(Suggestions.closest("timout", NAMES)).contains("queryTimeout");
        assertThat(Suggestions.closest("conectTimeout", NAMES)).contains("connectTimeout");
        assertThat(Suggestions.closest("usr", NAMES)).contains("user");
        assertThat(Suggestions.closest("completelyDifferent", NAMES)).isEmpty();
    }

    @Test
    void distanceIsLevenshtein() {
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.distance("same", "same")).isZero();
    }
}
