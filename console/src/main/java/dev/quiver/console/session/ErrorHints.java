package dev.quiver.console.session;

import dev.quiver.grammar.Vocabulary;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The {@code HINT:} lines under an error, for the states a newcomer meets first: a misspelt keyword or collection
 * name ("did you mean"), a collection that is not loaded, a missing index, a distance operator that does not match
 * the index's metric. Each hint comes from the error's SQLState and its Milvus message; none is guessed from
 * nothing.
 */
final class ErrorHints {
    private static final Pattern OFFENDING = Pattern.compile(
            "(?:mismatched input|extraneous input|no viable alternative at input) '(?:[^']*\\s)?([A-Za-z_][A-Za-z0-9_]*)'");
    private static final Pattern COLLECTION = Pattern.compile("\\[collection(?:Name)?=([^\\]]+)]");
    private static final Pattern METRIC = Pattern.compile(
            "(?i)metric type not match.*?expected=([A-Z0-9_]+).*?actual=([A-Z0-9_]+)");
    private static final Pattern EXPECTED_KEYWORD = Pattern.compile("'([A-Z_]+)'");
    private static final List<String> OPERATORS = List.of("L2 <->", "IP <#>", "COSINE <=>", "HAMMING <~>", "JACCARD <%>");

    private ErrorHints() {
    }

    /** The collection names of the connection's database, or none when they cannot be listed. */
    static List<String> collectionNames(java.sql.Connection connection) {
        List<String> names = new ArrayList<>();
        try (java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery("SHOW COLLECTIONS")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        } catch (SQLException | RuntimeException e) {
            return List.of();
        }
        return names;
    }

    /**
     * The hints for a failed statement.
     *
     * @param message     the error's message (position prefix removed)
     * @param collections the current collection names, asked for only when a name was not found
     */
    static List<String> of(Throwable error, String message, Supplier<List<String>> collections) {
        List<String> hints = new ArrayList<>();
        String state = error instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        switch (state) {
            case "42601" -> {
                Matcher offending = OFFENDING.matcher(message);
                if (offending.find() && !Vocabulary.isKeyword(offending.group(1))) {
                    List<String> expected = expectedKeywords(message);
                    String near = nearest(offending.group(1).toUpperCase(Locale.ROOT),
                            expected.isEmpty() ? Vocabulary.keywords() : expected);
                    if (near != null) {
                        hints.add("did you mean " + near + "?");
                    }
                }
            }
            case "42M01" -> {
                Matcher name = COLLECTION.matcher(message);
                List<String> names = name.find() ? collections.get() : List.of();
                if (!names.isEmpty()) {
                    String near = nearest(name.group(1), names);
                    hints.add(near != null ? "did you mean " + near + "? (\\dt lists the collections)"
                            : "\\dt lists the collections");
                }
            }
            case "55M01" -> {
                Matcher name = COLLECTION.matcher(message);
                hints.add("load it first: LOAD COLLECTION " + (name.find() ? name.group(1) : "name") + ";");
            }
            case "55M02" -> hints.add("load the partitions first: LOAD PARTITIONS p, q FROM collection; SHOW LOAD STATE"
                    + " OF collection PARTITIONS p, q; tells which are loaded");
            case "42M03" -> {
                Matcher name = COLLECTION.matcher(message);
                hints.add("create one: CREATE INDEX ON " + (name.find() ? name.group(1) : "collection")
                        + " (vector_field) USING AUTOINDEX WITH (metric_type = 'COSINE');");
            }
            default -> {
            }
        }
        Matcher metric = METRIC.matcher(message);
        if (metric.find()) {
            String expected = metric.group(1).toUpperCase(Locale.ROOT);
            for (String operator : OPERATORS) {
                if (operator.startsWith(expected + " ")) {
                    hints.add("the index's metric is " + expected + ": search with ORDER BY field "
                            + operator.substring(expected.length() + 1) + " [...] (<-> L2, <#> IP, <=> COSINE,"
                            + " <~> HAMMING, <%> JACCARD)");
                }
            }
        }
        return hints;
    }

    /** The keywords of the message's "Expecting:" list; a near miss is matched against these when there are any. */
    private static List<String> expectedKeywords(String message) {
        int at = message.indexOf("Expecting: ");
        if (at < 0) {
            return List.of();
        }
        List<String> keywords = new ArrayList<>();
        Matcher quoted = EXPECTED_KEYWORD.matcher(message.substring(at));
        while (quoted.find()) {
            keywords.add(quoted.group(1));
        }
        return keywords;
    }

    /** The candidate closest to {@code word} (ignoring case) when it is a near miss, else null. */
    static @Nullable String nearest(String word, List<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int allowed = word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
        for (String candidate : candidates) {
            if (candidate.equalsIgnoreCase(word)) {
                return null;
            }
            int distance = distance(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance <= allowed && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
