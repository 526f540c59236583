package dev.quiver.console.output;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Writes column values as JSON: numbers and booleans bare, vectors as arrays, sparse vectors as objects. */
final class Json {
    private Json() {
    }

    static void appendValue(StringBuilder out, @Nullable Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Float f) {
            appendNumber(out, f.isNaN() || f.isInfinite() ? null : f.toString());
        } else if (value instanceof Double d) {
            appendNumber(out, d.isNaN() || d.isInfinite() ? null : d.toString());
        } else if (value instanceof BigDecimal decimal) {
            out.append(decimal.toPlainString());
        } else if (value instanceof Number) {
            out.append(value);
        } else if (value instanceof float[] floats) {
            out.append('[');
            for (int i = 0; i < floats.length; i++) {
                out.append(i == 0 ? "" : ",");
                appendValue(out, floats[i]);
            }
            out.append(']');
        } else if (value instanceof double[] doubles) {
            out.append('[');
            for (int i = 0; i < doubles.length; i++) {
                out.append(i == 0 ? "" : ",");
                appendValue(out, doubles[i]);
            }
            out.append(']');
        } else if (value instanceof int[] || value instanceof long[]) {
            out.append(ValueText.full(value, "null").replace(" ", ""));
        } else if (value instanceof byte[] bytes) {
            appendString(out, HexFormat.of().formatHex(bytes));
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object item : list) {
                out.append(first ? "" : ",");
                appendValue(out, item);
                first = false;
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                appendString(out, String.valueOf(entry.getKey()));
                out.append(':');
                appendValue(out, entry.getValue());
                first = false;
            }
            out.append('}');
        } else {
            appendString(out, value.toString());
        }
    }

    private static void appendNumber(StringBuilder out, @Nullable String number) {
        out.append(number == null ? "null" : number);
    }

    static void appendString(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
