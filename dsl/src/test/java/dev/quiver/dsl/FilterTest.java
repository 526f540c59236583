package dev.quiver.dsl;

import static dev.quiver.dsl.Filters.allOf;
import static dev.quiver.dsl.Filters.anyOf;
import static dev.quiver.dsl.Filters.arrayContainsAll;
import static dev.quiver.dsl.Filters.arrayContainsAny;
import static dev.quiver.dsl.Filters.field;
import static dev.quiver.dsl.Filters.jsonContainsAll;
import static dev.quiver.dsl.Filters.jsonContainsAny;
import static dev.quiver.dsl.Filters.textMatch;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quiver.grammar.MilvusExpressions;
import dev.quiver.grammar.StatementParser;
import dev.quiver.grammar.expr.Comparison;
import dev.quiver.grammar.expr.ComparisonOperator;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.Literal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class FilterTest {

    @ParameterizedTest
    @ValueSource(strings = {"it's", "say \"hi\"", "back\\slash", "line\nbreak\ttab\r", "' OR 1 == 1 --",
            "\" or id > 0 or \"", "emoji \uD83C\uDFAC and \u00e9", "\u0001control", "%_like", ""})
    void stringValuesAreLiteralsThatSurviveBothRenderings(String value) {
        Filter filter = field("title").eq(value);

        assertThat(filter.toExpression()).isEqualTo(
                new Comparison(FieldRef.of("title"), ComparisonOperator.EQUAL, Literal.of(value)));
        assertThat(new StatementParser().parseExpression(filter.toString())).isEqualTo(filter.toExpression());
        assertThat(MilvusExpressions.parse(filter.toMilvusExpression())).isEqualTo(filter.toExpression());
    }

    static Stream<Arguments> filters() {
        return Stream.of(
                Arguments.of(field("year").gt(2000).and(field("genre").isIn("comedy", "drama")),
                        "year > 2000 and genre in [\"comedy\", \"drama\"]"),
                Arguments.of(field("a").ge(1.5).or(field("b").le(-2)).not(), "not (a >= 1.5 or b <= -2)"),
                Arguments.of(field("a").lt(1).and(field("b").ne("x").or(field("c").eq(true))),
                        "a < 1 and (b != \"x\" or c == true)"),
                Arguments.of(field("meta").key("k'ey").index(2).eq(1), "meta[\"k'ey\"][2] == 1"),
                Arguments.of(field("x").between(1, 5.5), "1 <= x <= 5.5"),
                Arguments.of(field("x").plus(1).times(2).gt(field("y")), "(x + 1) * 2 > y"),
                Arguments.of(field("x").minus(1).div(2).eq(0), "(x - 1) / 2 == 0"),
                Arguments.of(field("t").notLike("a%"), "not t like \"a%\""),
                Arguments.of(allOf(field("a").eq(1), field("b").eq(2), field("c").eq(3)),
                        "a == 1 and b == 2 and c == 3"),
                Arguments.of(anyOf(field("a").eq(1), field("b").eq(2)), "a == 1 or b == 2"),
                Arguments.of(arrayContainsAll("tags", List.of("a", "b")), "array_contains_all(tags, [\"a\", \"b\"])"),
                Arguments.of(arrayContainsAny("nums", List.of(1, 2)), "array_contains_any(nums, [1, 2])"),
                Arguments.of(jsonContainsAll(field("meta").key("t"), List.of(1.5, 2)),
                        "json_contains_all(meta[\"t\"], [1.5, 2.0])"),
                Arguments.of(jsonContainsAny(field("meta"), List.of(true)), "json_contains_any(meta, [true])"),
                Arguments.of(textMatch("body", "vector database"), "text_match(body, \"vector database\")"),
                Arguments.of(field("tags").eq(Filters.list("a", 1)), "tags == [\"a\", 1]"),
                Arguments.of(field("id").isIn(List.of()), "id in []"),
                Arguments.of(Filters.not(field("x").isNull()), "not x is null"),
                Arguments.of(field("tsz").gt(java.time.OffsetDateTime.parse("2025-01-01T00:00+08:00")),
                        "tsz > ISO \"2025-01-01T00:00:00+08:00\""),
                Arguments.of(field("tsz").plus(Filters.interval("P1D")).le(Filters.iso("2025-01-03 00:00:00")),
                        "tsz + INTERVAL \"P1D\" <= ISO \"2025-01-03 00:00:00\""),
                Arguments.of(field("tsz").ne(java.time.Instant.parse("2025-01-02T00:00:00Z")),
                        "tsz != ISO \"2025-01-02T00:00:00Z\""),
                Arguments.of(Filters.stWithin("geo", "POLYGON ((0 0, 1 0, 1 1, 0 0))"),
                        "st_within(geo, \"POLYGON ((0 0, 1 0, 1 1, 0 0))\")"),
                Arguments.of(Filters.stDWithin("geo", "POINT (13.4 52.5)", 1000).or(Filters.stIsValid("geo")),
                        "st_dwithin(geo, \"POINT (13.4 52.5)\", 1000.0) or st_isvalid(geo)"),
                Arguments.of(Filters.stIntersects("geo", "POINT (1 1)").and(Filters.stContains("geo", "POINT (1 1)"))
                        .and(Filters.stTouches("geo", "POINT (0 0)")).and(Filters.stOverlaps("geo", "POINT (0 0)"))
                        .and(Filters.stCrosses("geo", "POINT (0 0)")).and(Filters.stEquals("geo", "POINT (0 0)")),
                        "st_intersects(geo, \"POINT (1 1)\") and st_contains(geo, \"POINT (1 1)\") and "
                                + "st_touches(geo, \"POINT (0 0)\") and st_overlaps(geo, \"POINT (0 0)\") and "
                                + "st_crosses(geo, \"POINT (0 0)\") and st_equals(geo, \"POINT (0 0)\")"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("filters")
    void filtersRenderAsMilvusTextAndParseBack(Filter filter, String milvusText) {
        assertThat(filter.toMilvusExpression()).isEqualTo(milvusText);
        assertThat(MilvusExpressions.parse(milvusText)).isEqualTo(filter.toExpression());
        assertThat(new StatementParser().parseExpression(filter.toString())).isEqualTo(filter.toExpression());
    }

    @Test
    void parsedFiltersEqualBuiltOnes() {
        assertThat(Filter.parse("year > 2000 AND genre IN ('comedy', 'drama')"))
                .isEqualTo(field("year").gt(2000).and(field("genre").isIn("comedy", "drama")));
    }

    @Test
    void nullAndNonFiniteValuesAreRejectedWithAReason() {
        assertThatThrownBy(() -> field("x").eq(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
        assertThatThrownBy(() -> field("x").gt(Float.POSITIVE_INFINITY)).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> field("x").eq(new Object())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot write a value of java.lang.Object");
        assertThatThrownBy(() -> field("x").index(-1)).hasMessageContaining("negative");
    }

    @Test
    void builtFiltersAreImmutable() {
        Field meta = field("meta");
        Filter base = meta.eq(1);
        base.and(field("b").eq(2));
        meta.key("a");

        assertThat(base.toString()).isEqualTo("meta == 1");
        assertThat(meta.toString()).isEqualTo("meta");
    }
}
