package dev.quiver.dsl;

import dev.quiver.grammar.expr.Expression;
import dev.quiver.grammar.expr.FieldRef;
import dev.quiver.grammar.expr.FunctionCall;
import dev.quiver.grammar.expr.IntervalLiteral;
import dev.quiver.grammar.expr.TimestampLiteral;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Static factories for filters: fields and the Milvus filter functions. Meant to be imported statically:
 * {@code where(field("year").gt(2000).and(field("genre").isIn("comedy", "drama")))}.
 */
public final class Filters {
    private Filters() {
    }

    /**
     * A field of the collection (or a key of its dynamic field).
     *
     * @param name the field name
     * @return the field
     */
    public static Field field(String name) {
        return new Field(FieldRef.of(name));
    }

    /**
     * Both of {@code first} and all of {@code more}.
     *
     * @param first the first filter
     * @param more further filters
     * @return their conjunction, left-associative
     */
    public static Filter allOf(Filter first, Filter... more) {
        Filter result = first;
        for (Filter filter : more) {
            result = result.and(filter);
        }
        return result;
    }

    /**
     * Either {@code first} or any of {@code more}.
     *
     * @param first the first filter
     * @param more further filters
     * @return their disjunction, left-associative
     */
    public static Filter anyOf(Filter first, Filter... more) {
        Filter result = first;
        for (Filter filter : more) {
            result = result.or(filter);
        }
        return result;
    }

    /**
     * The negation of {@code filter}.
     *
     * @param filter a filter
     * @return {@code NOT filter}
     */
    public static Filter not(Filter filter) {
        return filter.not();
    }

    /**
     * The array field {@code field} contains {@code value}.
     *
     * @param field an ARRAY field
     * @param value the element to look for
     * @return {@code array_contains(field, value)}
     */
    public static Filter arrayContains(String field, Object value) {
        return call("array_contains", field(field), Values.literal(value));
    }

    /**
     * The array field {@code field} contains every one of {@code values}.
     *
     * @param field an ARRAY field
     * @param values the elements
     * @return {@code array_contains_all(field, [values])}
     */
    public static Filter arrayContainsAll(String field, Collection<?> values) {
        return call("array_contains_all", field(field), Values.literal(List.copyOf(values)));
    }

    /**
     * The array field {@code field} contains at least one of {@code values}.
     *
     * @param field an ARRAY field
     * @param values the elements
     * @return {@code array_contains_any(field, [values])}
     */
    public static Filter arrayContainsAny(String field, Collection<?> values) {
        return call("array_contains_any", field(field), Values.literal(List.copyOf(values)));
    }

    /**
     * The length of the array field {@code field}, to compare: {@code arrayLength("tags").gt(2)}.
     *
     * @param field an ARRAY field
     * @return {@code array_length(field)}
     */
    public static Operand arrayLength(String field) {
        return new Operand(new FunctionCall("array_length", List.of(field(field).toExpression())));
    }

    /**
     * The JSON value at {@code path} contains {@code value}.
     *
     * @param path a JSON field or a path into one, such as {@code field("meta").key("tags")}
     * @param value the value to look for
     * @return {@code json_contains(path, value)}
     */
    public static Filter jsonContains(Field path, Object value) {
        return call("json_contains", path, Values.literal(value));
    }

    /**
     * The JSON array at {@code path} contains every one of {@code values}.
     *
     * @param path a JSON field or a path into one
     * @param values the values
     * @return {@code json_contains_all(path, [values])}
     */
    public static Filter jsonContainsAll(Field path, Collection<?> values) {
        return call("json_contains_all", path, Values.literal(List.copyOf(values)));
    }

    /**
     * The JSON array at {@code path} contains at least one of {@code values}.
     *
     * @param path a JSON field or a path into one
     * @param values the values
     * @return {@code json_contains_any(path, [values])}
     */
    public static Filter jsonContainsAny(Field path, Collection<?> values) {
        return call("json_contains_any", path, Values.literal(List.copyOf(values)));
    }

    /**
     * Full-text match on a VARCHAR field with an analyzer.
     *
     * @param field the text field
     * @param text the words to match
     * @return {@code text_match(field, 'text')}
     */
    public static Filter textMatch(String field, String text) {
        return call("text_match", field(field), Values.literal(text));
    }

    /**
     * An ISO 8601 duration to add to or subtract from a TIMESTAMPTZ field before comparing it with an instant, as in
     * {@code field("tsz").plus(interval("P1D")).gt(OffsetDateTime.parse("2025-01-01T00:00:00Z"))}.
     *
     * @param isoDuration such as {@code P1D}, {@code PT3H}, {@code P2DT6H}
     * @return {@code INTERVAL 'isoDuration'}
     */
    public static Operand interval(String isoDuration) {
        return new Operand(new IntervalLiteral(isoDuration));
    }

    /**
     * A TIMESTAMPTZ literal from ISO 8601 text, with an offset or read in the collection's time zone (an
     * {@code OffsetDateTime} or {@code Instant} value is one already).
     *
     * @param isoTimestamp such as {@code 2025-01-01T00:00:00+08:00}
     * @return {@code ISO 'isoTimestamp'}
     */
    public static Operand iso(String isoTimestamp) {
        return new Operand(new TimestampLiteral(isoTimestamp));
    }

    /**
     * {@code ST_EQUALS(field, 'wkt')}: the field's geometry is topologically equal to {@code wkt}.
     *
     * @param field a GEOMETRY field
     * @param wkt the other geometry as WKT
     * @return the filter
     */
    public static Filter stEquals(String field, String wkt) {
        return call("st_equals", field(field), Values.literal(wkt));
    }

    /**
     * {@code ST_TOUCHES(field, 'wkt')}: the geometries meet only at their boundaries.
     *
     * @param field a GEOMETRY field
     * @param wkt the other geometry as WKT
     * @return the filter
     */
    public static Filter stTouches(String field, String wkt) {
        return call("st_touches", field(field), Values.literal(wkt));
    }

    /**
     * {@code ST_OVERLAPS(field, 'wkt')}: the geometries share some but not all interior points.
     *
     * @param field a GEOMETRY field
     * @param wkt the other geometry as WKT
     * @return the filter
     */
    public static Filter stOverlaps(String field, String wkt) {
        return call("st_overlaps", field(field), Values.literal(wkt));
    }

    /**
     * {@code ST_CROSSES(field, 'wkt')}: the geometries cross.
     *
     * @param field a GEOMETRY field
     * @param wkt the other geometry as WKT
     * @return the filter
     */
    public static Filter stCrosses(String field, String wkt) {
        return call("st_crosses", field(field), Values.literal(wkt));
    }

    /**
     * {@code ST_CONTAINS(field, 'wkt')}: the field's geometry contains {@code wkt}.
     *
     * @param field a GEOMETRY field
     * @param wkt the other geometry as WKT
     * @return the filter
     */
    public static Filter stContains(String field, String wkt) {
        return call("st_contains", field(field), Values.literal(wkt));
    }

    /**
     * {@code ST_INTERSECTS(field, 'wkt')}: the geometries share any point.
     *
     * @param field a GEOMETRY field
     * @param wkt the other geometry as WKT
     * @return the filter
     */
    public static Filter stIntersects(String field, String wkt) {
        return call("st_intersects", field(field), Values.literal(wkt));
    }

    /**
     * {@code ST_WITHIN(field, 'wkt')}: the field's geometry lies within {@code wkt}.
     *
     * @param field a GEOMETRY field
     * @param wkt the other geometry as WKT
     * @return the filter
     */
    public static Filter stWithin(String field, String wkt) {
        return call("st_within", field(field), Values.literal(wkt));
    }

    /**
     * {@code ST_DWITHIN(field, 'POINT (lon lat)', metres)}: the field's geometry lies within {@code metres} of the
     * point.
     *
     * @param field a GEOMETRY field
     * @param pointWkt the centre as a WKT point, longitude first
     * @param metres the distance, not negative
     * @return the filter
     */
    public static Filter stDWithin(String field, String pointWkt, double metres) {
        return new Filter(new FunctionCall("st_dwithin",
                List.of(field(field).toExpression(), Values.literal(pointWkt), Values.literal(metres))));
    }

    /**
     * {@code ST_ISVALID(field)}: the field's geometry is valid.
     *
     * @param field a GEOMETRY field
     * @return the filter
     */
    public static Filter stIsValid(String field) {
        return new Filter(new FunctionCall("st_isvalid", List.of(field(field).toExpression())));
    }

    /**
     * A literal list, for comparisons such as {@code field("tags").eq(list("a", "b"))}.
     *
     * @param values the elements
     * @return the list as an operand
     */
    public static Operand list(Object... values) {
        return new Operand(Values.literal(Arrays.asList(values)));
    }

    private static Filter call(String function, Operand subject, Expression argument) {
        return new Filter(new FunctionCall(function, List.of(subject.toExpression(), argument)));
    }
}
