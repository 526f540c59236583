package dev.quiver.console.output;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Renders column values as text. Vectors ({@code float[]}, {@code double[]}, lists) print as {@code [a, b, c]},
 * sparse vectors ({@code Map}) as {@code {3: 0.5}}, binary values ({@code byte[]}) as {@code x'0F3C'}. In abbreviated
 * form a vector longer than {@link #ABBREVIATE_AFTER} elements shows its first two and its length:
 * {@code [0.1, 0.2, … (768)]}.
 */
final class ValueText {
    /** Vectors with more elements than this are abbreviated in table and vertical output. */
    static final int ABBREVIATE_AFTER = 8;
    private static final int SHOWN_WHEN_ABBREVIATED = 2;

    private ValueText() {
    }

    /** The complete text of a value; null prints as {@code nullText}. */
    static String full(@Nullable Object value, String nullText) {
        return render(value, nullText, false);
    }

    /** The text of a value with long vectors abbreviated; null prints as {@code NULL}. */
    static String abbreviated(@Nullable Object value) {
        return render(value, "NULL", true);
    }

    /** Whether {@link #abbreviated} leaves elements of this value out. */
    static boolean isAbbreviated(@Nullable Object value) {
        int length = value instanceof float[] floats ? floats.length
                : value instanceof double[] doubles ? doubles.length
                : value instanceof int[] ints ? ints.length
                : value instanceof long[] longs ? longs.length
                : value instanceof Collection<?> list ? list.size() : 0;
        return length > ABBREVIATE_AFTER;
    }

    private static String render(@Nullable Object value, String nullText, boolean abbreviate) {
        if (value == null) {
            return nullText;
        }
        if (value instanceof float[] floats) {
            return vector(floats.length, i -> Float.toString(floats[i]), abbreviate);
        }
        if (value instanceof double[] doubles) {
            return vector(doubles.length, i -> Double.toString(doubles[i]), abbreviate);
        }
        if (value instanceof int[] ints) {
            return vector(ints.length, i -> Integer.toString(ints[i]), abbreviate);
        }
        if (value instanceof long[] longs) {
            return vector(longs.length, i -> Long.toString(longs[i]), abbreviate);
        }
        if (value instanceof byte[] bytes) {
            return "x'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
        }
        if (value instanceof Collection<?> list) {
            Object[] items = list.toArray();
            return vector(items.length, i -> render(items[i], "null", abbreviate), abbreviate);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder("{");
            Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
            while (entries.hasNext()) {
                Map.Entry<?, ?> entry = entries.next();
                text.append(entry.getKey()).append(": ").append(render(entry.getValue(), "null", abbreviate));
                if (entries.hasNext()) {
                    text.append(", ");
                }
            }
            return text.append('}').toString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    private interface Element {
        String at(int index);
    }

    private static String vector(int length, Element element, boolean abbreviate) {
        boolean shorten = abbreviate && length > ABBREVIATE_AFTER;
        int shown = shorten ? SHOWN_WHEN_ABBREVIATED : length;
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < shown; i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(element.at(i));
        }
        if (shorten) {
            text.append(", … (").append(length).append(')');
        }
        return text.append(']').toString();
    }
}
