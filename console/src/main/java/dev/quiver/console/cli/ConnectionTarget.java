package dev.quiver.console.cli;

import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Where the console connects: the URL argument, else {@code QUIVER_URL}, else {@code MILVUS_URI}, else the embedded
 * engine in memory. Besides {@code jdbc:milvus:} URLs, the shorthands Milvus users type are accepted:
 * {@code http://host:port}, {@code https://host:port} (TLS) and {@code host[:port]}.
 *
 * @param url             the JDBC URL to open
 * @param embeddedDefault true when no URL was given anywhere and the in-memory engine is used
 */
public record ConnectionTarget(String url, boolean embeddedDefault) {
    /** The URL used when none is given: the embedded engine, in memory. */
    public static final String DEFAULT_URL = "jdbc:milvus:mem:";

    private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._\\-]*(:\\d{1,5})?(/[A-Za-z0-9_]+)?/?");
    private static final Pattern SECRET = Pattern.compile("(?i)((?:password|token)=)[^&]*");

    /**
     * Resolves the target from the URL argument and the environment.
     *
     * @param argument    the URL given on the command line, or null
     * @param environment environment variable lookup (null when unset)
     * @throws IllegalArgumentException when a URL is not one the console understands; the message names it
     */
    public static ConnectionTarget resolve(@Nullable String argument, Function<String, @Nullable String> environment) {
        if (argument != null && !argument.isBlank()) {
            return new ConnectionTarget(normalize(argument), false);
        }
        String quiverUrl = environment.apply("QUIVER_URL");
        if (quiverUrl != null && !quiverUrl.isBlank()) {
            return new ConnectionTarget(normalize(quiverUrl), false);
        }
        String milvusUri = environment.apply("MILVUS_URI");
        if (milvusUri != null && !milvusUri.isBlank()) {
            return new ConnectionTarget(normalize(milvusUri), false);
        }
        return new ConnectionTarget(DEFAULT_URL, true);
    }

    /**
     * The JDBC URL for a URL or shorthand as a user typed it.
     *
     * @throws IllegalArgumentException when the text is no URL the console understands
     */
    public static String normalize(String typed) {
        String text = typed.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:milvus:")) {
            return text;
        }
        if (lower.startsWith("http://") && HOST_PORT.matcher(text.substring(7)).matches()) {
            return "jdbc:milvus://" + text.substring(7);
        }
        if (lower.startsWith("https://") && HOST_PORT.matcher(text.substring(8)).matches()) {
            String rest = text.substring(8);
            return "jdbc:milvus://" + rest + (rest.contains("?") ? "&" : "?") + "tls=true";
        }
        if (!lower.contains(":/") && HOST_PORT.matcher(text).matches()) {
            return "jdbc:milvus://" + text;
        }
        throw new IllegalArgumentException("not a Milvus URL: '" + redact(text) + "'; expected jdbc:milvus://host:port"
                + "[/database], jdbc:milvus:mem:, jdbc:milvus:file:DIR, http://host:port or host:port");
    }

    /** The URL with the values of {@code password=} and {@code token=} hidden, for messages. */
    public static String redact(String url) {
        return SECRET.matcher(url).replaceAll("$1***");
    }

    /** Whether this target is the embedded engine (in memory or in a directory). */
    public boolean isEmbedded() {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("jdbc:milvus:mem:") || lower.startsWith("jdbc:milvus:file:");
    }
}
