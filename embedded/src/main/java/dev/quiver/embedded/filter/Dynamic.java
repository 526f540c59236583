package dev.quiver.embedded.filter;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Values whose type is known only per row (JSON), as plain Java objects: {@code Long}, {@code Double},
 * {@code String}, {@code Boolean}, {@code List<Object>}, or the {@link JsonNode} of a JSON object. Only the JSON
 * paths of a filter go through here; typed columns never box.
 */
final class Dynamic {
    /** Returned by {@link #compare} when the values have no order (different types, or unordered types). */
    static final int INCOMPARABLE = Integer.MIN_VALUE;

    private Dynamic() {
    }

    /** The value of a JSON node, or null for a missing node or JSON null. */
    static @Nullable Object of(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            for (JsonNode element : node) {
                list.add(of(element));
            }
            return list;
        }
        return node;
    }

    /** {@code compare(a, b)} for numbers (as numbers) and strings; {@link #INCOMPARABLE} otherwise. */
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            if (x instanceof Long l && y instanceof Long m) {
                return Long.compare(l, m);
            }
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            return compareStrings(x, y);
        }
        return INCOMPARABLE;
    }

    /**
     * Orders strings by code point, as Milvus orders their UTF-8 bytes ({@link String#compareTo} orders UTF-16
     * units, which puts characters above U+FFFF before U+E000..U+FFFF).
     */
    static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                boolean xs = Character.isSurrogate(x);
                if (xs != Character.isSurrogate(y)) {
                    return xs ? 1 : -1;
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    /** Equality with numbers compared as numbers ({@code 1 == 1.0}), lists element by element. */
    static boolean equal(@Nullable Object a, @Nullable Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a instanceof Number x && b instanceof Number y) {
            if (x instanceof Long l && y instanceof Long m) {
                return l.longValue() == m.longValue();
            }
            return x.doubleValue() == y.doubleValue();
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!equal(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return a.equals(b);
    }

    /** Whether a value is of a type that {@code ==} can compare with {@code other}'s type. */
    static boolean sameFamily(Object a, Object other) {
        return (a instanceof Number && other instanceof Number)
                || (a instanceof String && other instanceof String)
                || (a instanceof Boolean && other instanceof Boolean)
                || (a instanceof List<?> && other instanceof List<?>)
                || (a instanceof JsonNode && other instanceof JsonNode);
    }
}
