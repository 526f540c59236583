package dev.quiver.console.session;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Console variables ({@code \set name value}) and their substitution into statement text, as psql does it:
 * {@code :name} is replaced by the value as it was typed (so a variable can hold a number, a vector literal, an
 * identifier or a whole clause), {@code :'name'} by the value as a single-quoted string literal. Substitution
 * happens outside strings, backticks and comments only. A {@code :name} whose variable is not set is left alone,
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
        StringBuilder out = new StringBuilder(text.length() + 16);
        char quote = 0;
        boolean lineComment = false;
        boolean blockComment = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
            if (lineComment) {
                lineComment = c != '\n';
            } else if (blockComment) {
                if (c == '*' && next == '/') {
                    out.append(c).append(next);
                    i += 2;
                    blockComment = false;
                    continue;
                }
            } else if (quote != 0) {
                if (c == '\\' && quote != '`' && i + 1 < text.length()) {
                    out.append(c).append(next);
                    i += 2;
                    continue;
                }
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '-' && next == '-') {
                lineComment = true;
            } else if (c == '/' && next == '*') {
                blockComment = true;
            } else if (c == ':' && (i == 0 || !isWordOrColon(text.charAt(i - 1)))) {
                int consumed = replace(text, i, out);
                if (consumed > 0) {
                    i += consumed;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Appends the replacement of the reference at {@code colon}; returns the characters consumed, 0 if none. */
    private int replace(String text, int colon, StringBuilder out) {
        boolean quoted = colon + 1 < text.length() && text.charAt(colon + 1) == '\'';
        int start = colon + (quoted ? 2 : 1);
        int end = start;
        while (end < text.length() && isWord(text.charAt(end))) {
            end++;
        }
        if (end == start || Character.isDigit(text.charAt(start))) {
            return 0;
        }
        String value = values.get(text.substring(start, end));
        if (value == null) {
            return 0;
        }
        if (quoted) {
            if (end >= text.length() || text.charAt(end) != '\'') {
                return 0;
            }
            out.append('\'').append(value.replace("\\", "\\\\").replace("'", "''")).append('\'');
            return end + 1 - colon;
        }
        out.append(value);
        return end - colon;
    }

    private static boolean isWord(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private static boolean isWordOrColon(char c) {
        return isWord(c) || c == ':';
    }
}
