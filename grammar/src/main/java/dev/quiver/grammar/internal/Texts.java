package dev.quiver.grammar.internal;

/** Unquoting of string literals and quoted identifiers, as the lexer's rules define them. */
final class Texts {
    private Texts() {
    }

    /**
     * The value of a {@code STRING} token: the surrounding quotes removed, a doubled quote read as one, and the
     * backslash escapes {@code \n \t \r \b \f \0 \\ \' \" \}{@code uXXXX} replaced. Any other backslash pair is
     * kept as written, so Milvus LIKE escapes such as {@code \%} survive.
     */
    static String unquoteString(String token) {
        char quote = token.charAt(0);
        int end = token.length() - 1;
        StringBuilder result = new StringBuilder(end);
        for (int i = 1; i < end; i++) {
            char c = token.charAt(i);
            if (c == quote) {
                i++; // a doubled quote
                result.append(quote);
            } else if (c == '\\') {
                i = appendEscape(token, i + 1, end, result);
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static int appendEscape(String token, int index, int end, StringBuilder result) {
        char c = token.charAt(index);
        switch (c) {
            case 'n' -> result.append('\n');
            case 't' -> result.append('\t');
            case 'r' -> result.append('\r');
            case 'b' -> result.append('\b');
            case 'f' -> result.append('\f');
            case '0' -> result.append('\0');
            case '\\', '\'', '"' -> result.append(c);
            case 'u' -> {
                if (index + 4 < end && isHex(token, index + 1, index + 5)) {
                    result.append((char) Integer.parseInt(token.substring(index + 1, index + 5), 16));
                    return index + 4;
                }
                result.append('\\').append(c);
            }
            default -> result.append('\\').append(c);
        }
        return index;
    }

    private static boolean isHex(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(text.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The name inside a backtick-quoted identifier, doubled backticks read as one. */
    static String unquoteIdentifier(String token) {
        return token.substring(1, token.length() - 1).replace("``", "`");
    }
}
