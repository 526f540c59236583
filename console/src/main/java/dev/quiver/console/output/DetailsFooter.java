package dev.quiver.console.output;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The details a result set comes with (DESCRIBE COLLECTION's consistency level, partitions, indexes, properties,
 * load state, ...) as footer lines under its table, as psql prints a table's indexes under {@code \d}: one
 * {@code Label: value} line per detail in the driver's order, lists joined with commas, maps as
 * {@code key = value}, {@code (none)} for an empty list or map; empty texts are left out.
 */
public final class DetailsFooter {
    private DetailsFooter() {
    }

    /** The footer lines for {@code details}; none for no details. */
    public static List<String> lines(Map<String, Object> details) {
        List<String> lines = new ArrayList<>();
        details.forEach((key, value) -> {
            String text = text(value);
            if (!text.isEmpty()) {
                lines.add(label(key) + ": " + text);
            }
        });
        return lines;
    }

    private static String label(String key) {
        String words = key.replace('_', ' ');
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String text(Object value) {
        if (value instanceof Boolean flag) {
            return flag ? "yes" : "no";
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? "(none)" : String.join(", ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof Map<?, ?> map) {
            List<String> entries = new ArrayList<>();
            map.forEach((k, v) -> entries.add(k + " = " + v));
            return entries.isEmpty() ? "(none)" : String.join(", ", entries);
        }
        return String.valueOf(value).strip().toLowerCase(Locale.ROOT).equals("null") ? "" : String.valueOf(value);
    }
}
