package dev.quiver.io;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A collection field as DESCRIBE COLLECTION reports it: name, base type ({@code INT64}, {@code FLOAT_VECTOR}...),
 * size (dimension, max length or capacity; 0 when none) and the element type of an ARRAY.
 */
record Field(String name, String type, int size, @Nullable String elementType, boolean autoId) {

    /** Parses a type text such as {@code FLOAT_VECTOR(4)}, {@code VARCHAR(64)} or {@code ARRAY<INT64>(8)}. */
    static Field of(String name, String typeText, boolean autoId) {
        String t = typeText.trim().toUpperCase(Locale.ROOT);
        int size = 0;
        int paren = t.lastIndexOf('(');
        if (paren > 0 && t.endsWith(")")) {
            try {
                size = Integer.parseInt(t.substring(paren + 1, t.length() - 1).trim());
            } catch (NumberFormatException e) {
                size = 0;
            }
            t = t.substring(0, paren);
        }
        String element = null;
        int angle = t.indexOf('<');
        if (angle > 0 && t.endsWith(">")) {
            element = t.substring(angle + 1, t.length() - 1);
            t = t.substring(0, angle);
        }
        return new Field(name, t, size, element, autoId);
    }

    boolean isFloatingVector() {
        return type.equals("FLOAT_VECTOR") || type.equals("FLOAT16_VECTOR") || type.equals("BFLOAT16_VECTOR")
                || type.equals("INT8_VECTOR");
    }

    boolean isHalfVector() {
        return type.equals("FLOAT16_VECTOR") || type.equals("BFLOAT16_VECTOR");
    }
}
