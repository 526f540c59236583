package dev.quiver.grammar.internal.milvus;

import dev.quiver.grammar.internal.error.GrammarError;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Converts between string literal tokens and string values: C-style escapes as Milvus (Go's {@code strconv})
 * understands them on the way in, double-quoted text with backslash escapes on the way out.
 */
final class StringLiterals {
    private StringLiterals() {
    }

    /**
     * The value of a {@code STRING} or {@code RAW_STRING} token. Escapes: {@code \a \b \f \n \r \t \v \\ \' \" \?},
     * {@code \ooo} (three octal digits), {@code \xhh}, {@code \\uhhhh}, {@code \Uhhhhhhhh}. Raw strings
     * ({@code r"..."}) keep their backslashes.
     */
    static String value(Token token) {
        String text = token.getText();
        boolean raw = text.charAt(0) == 'r' || text.charAt(0) == 'R';
        int start = raw ? 2 : 1;
        String body = text.substring(start, text.length() - 1);
        if (raw) {
            return body;
        }
        if (body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            int escapeStart = i;
            char e = body.charAt(i + 1);
            int next = i + 2;
            int codePoint = switch (e) {
                case 'a' -> 0x07;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                case 'v' -> 0x0B;
                case '\\', '\'', '"', '?' -> e;
                case 'x' -> numeric(body, next, next += 2, 16);
                case 'u' -> numeric(body, next, next += 4, 16);
                case 'U' -> numeric(body, next, next += 8, 16);
                default -> e >= '0' && e <= '7' ? numeric(body, next - 1, next += 2, 8) : -1;
            };
            if (codePoint < 0) {
                throw new GrammarError(
                        "invalid escape sequence '" + body.substring(escapeStart, Math.min(next, body.length()))
                                + "' in string literal",
                        token.getLine(), token.getCharPositionInLine() + 1 + start + escapeStart, text, List.of());
            }
            out.appendCodePoint(codePoint);
            i = next;
        }
        return out.toString();
    }

    /** The code point written with the digits {@code body[from, to)}, or -1 when they are not a valid one. */
    private static int numeric(String body, int from, int to, int radix) {
        if (to > body.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = body.charAt(i);
            int digit = ch < 0x80 ? Character.digit(ch, radix) : -1;
            if (digit < 0 || value > 0x10FFFF) {
                return -1;
            }
            value = value * radix + digit;
        }
        if ((radix == 8 && value > 0xFF) || !Character.isValidCodePoint(value)) {
            return -1;
        }
        return value;
    }

    /**
     * The value as a double-quoted literal that Milvus reads back unchanged: {@code \"}, {@code \\}, {@code \n},
     * {@code \r}, {@code \t}, and {@code \\uXXXX} for other control characters and unpaired surrogates.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2);
        appendQuoted(out, value);
        return out.toString();
    }

    static void appendQuoted(StringBuilder out, String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x7F || isUnpairedSurrogate(value, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isUnpairedSurrogate(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return false;
    }
}
