package dev.quiver.console.repl;

import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the statement being typed: keywords bold blue, strings green, numbers cyan, comments grey. Only
 * installed on real terminals.
 */
final class StatementHighlighter implements Highlighter {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);

    @Override
    public AttributedString highlight(LineReader reader, String buffer) {
        return highlight(buffer);
    }

    static AttributedString highlight(String buffer) {
        AttributedStringBuilder out = new AttributedStringBuilder(buffer.length() + 16);
        int i = 0;
        while (i < buffer.length()) {
            char c = buffer.charAt(i);
            int end;
            AttributedStyle style;
            if (c == '\'' || c == '"' || c == '`') {
                end = quotedEnd(buffer, i, c);
                style = c == '`' ? AttributedStyle.DEFAULT : STRING;
            } else if (c == '-' && i + 1 < buffer.length() && buffer.charAt(i + 1) == '-') {
                int newline = buffer.indexOf('\n', i);
                end = newline < 0 ? buffer.length() : newline;
                style = COMMENT;
            } else if (c == '/' && i + 1 < buffer.length() && buffer.charAt(i + 1) == '*') {
                int close = buffer.indexOf("*/", i + 2);
                end = close < 0 ? buffer.length() : close + 2;
                style = COMMENT;
            } else if (Character.isDigit(c)) {
                end = i;
                while (end < buffer.length() && (Character.isLetterOrDigit(buffer.charAt(end))
                        || buffer.charAt(end) == '.')) {
                    end++;
                }
                style = NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                end = i;
                while (end < buffer.length() && (Character.isLetterOrDigit(buffer.charAt(end))
                        || buffer.charAt(end) == '_')) {
                    end++;
                }
                style = Keywords.isKeyword(buffer.substring(i, end)) ? KEYWORD : AttributedStyle.DEFAULT;
            } else {
                end = i + 1;
                style = AttributedStyle.DEFAULT;
            }
            out.styled(style, buffer.substring(i, end));
            i = end;
        }
        return out.toAttributedString();
    }

    private static int quotedEnd(String buffer, int start, char quote) {
        int i = start + 1;
        while (i < buffer.length()) {
            char c = buffer.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            i++;
        }
        return buffer.length();
    }

    @Override
    public void setErrorPattern(Pattern errorPattern) {
        // Errors are reported when a statement runs, not while it is typed.
    }

    @Override
    public void setErrorIndex(int errorIndex) {
        // As above.
    }
}
