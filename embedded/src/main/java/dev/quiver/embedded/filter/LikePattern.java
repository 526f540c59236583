package dev.quiver.embedded.filter;

import java.util.regex.Pattern;

/**
 * A compiled {@code like} pattern as Milvus reads it: {@code %} matches any run of characters, {@code _} exactly
 * one, and a backslash makes the next character literal. Prefix, suffix, infix and exact patterns avoid regular
 * expressions. Immutable.
 */
final class LikePattern {
    private enum Shape { EXACT, PREFIX, SUFFIX, INFIX, REGEX }

    private final Shape shape;
    private final String literal;
    private final Pattern regex;

    private LikePattern(Shape shape, String literal, Pattern regex) {
        this.shape = shape;
        this.literal = literal;
        this.regex = regex;
    }

    static LikePattern compile(String pattern) {
        StringBuilder literal = new StringBuilder();
        StringBuilder regex = new StringBuilder("(?s)");
        int wildcards = 0;
        boolean leadingPercent = false;
        boolean trailingPercent = false;
        boolean otherWildcard = false;
        int i = 0;
        int n = pattern.length();
        while (i < n) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = pattern.charAt(i + 1);
                literal.append(next);
                regex.append(Pattern.quote(String.valueOf(next)));
                i += 2;
                continue;
            }
            if (c == '%') {
                wildcards++;
                if (i == 0) {
                    leadingPercent = true;
                } else if (i == n - 1) {
                    trailingPercent = true;
                } else {
                    otherWildcard = true;
                }
                regex.append(".*");
            } else if (c == '_') {
                wildcards++;
                otherWildcard = true;
                regex.append('.');
            } else {
                literal.append(c);
                regex.append(Pattern.quote(String.valueOf(c)));
            }
            i++;
        }
        Pattern compiled = Pattern.compile(regex.toString());
        Shape shape;
        if (otherWildcard) {
            shape = Shape.REGEX;
        } else if (wildcards == 0) {
            shape = Shape.EXACT;
        } else if (leadingPercent && trailingPercent) {
            shape = Shape.INFIX;
        } else if (leadingPercent && n > 1) {
            shape = Shape.SUFFIX;
        } else if (leadingPercent) {
            shape = Shape.INFIX;
        } else {
            shape = Shape.PREFIX;
        }
        return new LikePattern(shape, literal.toString(), compiled);
    }

    boolean matches(String value) {
        return switch (shape) {
            case EXACT -> value.equals(literal);
            case PREFIX -> value.startsWith(literal);
            case SUFFIX -> value.endsWith(literal);
            case INFIX -> value.contains(literal);
            case REGEX -> regex.matcher(value).matches();
        };
    }
}
