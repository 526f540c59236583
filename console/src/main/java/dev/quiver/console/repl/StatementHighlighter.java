package dev.quiver.console.repl;

import dev.quiver.grammar.IncrementalSplitter;
import dev.quiver.grammar.IncrementalSplitter.Span;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the statement being typed: keywords bold blue, strings green, numbers cyan, comments grey. Strings and
 * comments are found by the grammar's lexical rules ({@link IncrementalSplitter#spans}). Only installed on real
 * terminals.
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
        for (Span span : IncrementalSplitter.spans(buffer)) {
            switch (span.context()) {
                case CODE -> code(buffer, span.start(), span.end(), out);
                case STRING -> out.styled(STRING, buffer.substring(span.start(), span.end()));
                case QUOTED_IDENTIFIER -> out.append(buffer.substring(span.start(), span.end()));
                case LINE_COMMENT, BLOCK_COMMENT -> out.styled(COMMENT, buffer.substring(span.start(), span.end()));
            }
        }
        return out.toAttributedString();
    }

    /** Colours the keywords and numbers of the code between {@code start} and {@code end}. */
    private static void code(String buffer, int start, int end, AttributedStringBuilder out) {
        int i = start;
        while (i < end) {
            char c = buffer.charAt(i);
            int tokenEnd = i + 1;
            AttributedStyle style = AttributedStyle.DEFAULT;
            if (Character.isDigit(c)) {
                tokenEnd = i;
                while (tokenEnd < end && (Character.isLetterOrDigit(buffer.charAt(tokenEnd))
                        || buffer.charAt(tokenEnd) == '.')) {
                    tokenEnd++;
                }
                style = NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                tokenEnd = i;
                while (tokenEnd < end && (Character.isLetterOrDigit(buffer.charAt(tokenEnd))
                        || buffer.charAt(tokenEnd) == '_')) {
                    tokenEnd++;
                }
                style = Keywords.isKeyword(buffer.substring(i, tokenEnd)) ? KEYWORD : AttributedStyle.DEFAULT;
            }
            out.styled(style, buffer.substring(i, tokenEnd));
            i = tokenEnd;
        }
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
