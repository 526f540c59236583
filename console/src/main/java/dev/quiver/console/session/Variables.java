package dev.quiver.console.session;

import dev.quiver.grammar.IncrementalSplitter;
import dev.quiver.grammar.IncrementalSplitter.Context;
import dev.quiver.grammar.IncrementalSplitter.Span;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Console variables ({@code \set name value}) and their substitution into statement text, as psql does it:
 * {@code :name} is replaced by the value as it was typed (so a variable can hold a number, a vector literal, an
 * identifier or a whole clause), {@code :'name'} by the value as a single-quoted string literal. Substitution
 * happens outside strings, backticks and comments only, as the grammar's lexical rules
 * ({@link IncrementalSplitter#spans}) find them. A {@code :name} whose variable is not set is left alone,
 * so that it reaches the driver as a named parameter (which then reports it as unbound).
 *
 * <p>Textual substitution was chosen over binding through a {@code PreparedStatement} because a variable may
 * stand where a parameter cannot (a collection name, a clause) and because a plain {@code Statement} keeps the
 * statement's own error positions. Not thread-safe.
 */
public final class Variables {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Map<String, String> values = new TreeMap<>();

    /**
     * Sets a variable.
     *
     * @throws IllegalArgumentException when the name is not an identifier
     */
    public void set(String name, String value) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid variable name '" + name + "': use letters, digits and _");
        }
        values.put(name, value);
    }

    /** Removes a variable; no effect when it is not set. */
    public void unset(String name) {
        values.remove(name);
    }

    /** The value of a variable, or null when it is not set. */
    public @Nullable String get(String name) {
        return values.get(name);
    }

    /** All variables by name, sorted; an unmodifiable view. */
    public Map<String, String> all() {
        return Collections.unmodifiableMap(values);
    }

    /** The text with {@code :name} and {@code :'name'} of set variables replaced. */
    public String substitute(String text) {
        if (values.isEmpty() || text.indexOf(':') < 0) {
            return text;
        }
        List<Span> spans = IncrementalSplitter.spans(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        int copied = 0;
        for (int s = 0; s < spans.size(); s++) {
            Span span = spans.get(s);
            if (span.context() != Context.CODE) {
                continue;
            }
            for (int colon = Math.max(span.start(), copied); colon < span.end(); colon++) {
                if (text.charAt(colon) != ':' || colon > 0 && isWordOrColon(text.charAt(colon - 1))) {
                    continue;
                }
                boolean quoted = colon + 1 == span.end() && s + 1 < spans.size()
                        && spans.get(s + 1).context() == Context.STRING;
                int end = quoted ? spans.get(s + 1).end() : nameEnd(text, colon + 1, span.end());
                @Nullable String value = quoted ? quotedValue(text.substring(colon + 1, end))
                        : end > colon + 1 ? values.get(text.substring(colon + 1, end)) : null;
                if (value != null) {
                    out.append(text, copied, colon).append(value);
                    copied = end;
                    colon = end - 1;
                }
            }
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The end of the variable name starting at {@code start}; {@code start} itself when there is none. */
    private static int nameEnd(String text, int start, int limit) {
        if (start >= limit || !isWord(text.charAt(start)) || Character.isDigit(text.charAt(start))) {
            return start;
        }
        int end = start;
        while (end < limit && isWord(text.charAt(end))) {
            end++;
        }
        return end;
    }

    /** For {@code 'name'} of a set variable, its value as a string literal; null otherwise. */
    private @Nullable String quotedValue(String literal) {
        if (literal.length() < 3 || literal.charAt(0) != '\'' || literal.charAt(literal.length() - 1) != '\''
                || !NAME.matcher(literal.substring(1, literal.length() - 1)).matches()) {
            return null;
        }
        String value = values.get(literal.substring(1, literal.length() - 1));
        return value == null ? null : "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isWordOrColon(char c) {
        return isWord(c) || c == ':';
    }
}
