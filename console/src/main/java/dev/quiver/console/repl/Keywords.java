package dev.quiver.console.repl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The keywords of the statement language (resource {@code keywords.txt}), for completion and highlighting. */
final class Keywords {
    static final List<String> ALL = load();
    private static final Set<String> LOOKUP = new TreeSet<>(ALL);

    private Keywords() {
    }

    static boolean isKeyword(String word) {
        return LOOKUP.contains(word.toUpperCase(Locale.ROOT));
    }

    private static List<String> load() {
        try (InputStream in = Keywords.class.getResourceAsStream("keywords.txt")) {
            if (in == null) {
                throw new IllegalStateException("resource keywords.txt is missing from the console's jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\\s+")).filter(word -> !word.isEmpty()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
