package dev.quiver.driver.internal.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for misspelt names: the closest candidate by edit distance, comparing both the whole name and
 * each camel-case suffix ({@code timout} is close to the {@code Timeout} of {@code queryTimeout}).
 */
final class Suggestions {
    private Suggestions() {
    }

    static Optional<String> closest(String input, Collection<String> candidates) {
        String in = input.toLowerCase(Locale.ROOT);
        String best = null;
        int bestPart = Integer.MAX_VALUE;
        int bestWhole = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int whole = distance(in, candidate.toLowerCase(Locale.ROOT));
            int part = whole;
            for (int i = 1; i < candidate.length(); i++) {
                if (Character.isUpperCase(candidate.charAt(i))) {
                    part = Math.min(part, distance(in, candidate.substring(i).toLowerCase(Locale.ROOT)));
                }
            }
            if (part < bestPart || (part == bestPart && whole < bestWhole)) {
                best = candidate;
                bestPart = part;
                bestWhole = whole;
            }
        }
        int allowed = Math.max(2, in.length() / 3);
        return best != null && bestPart <= allowed ? Optional.of(best) : Optional.empty();
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
