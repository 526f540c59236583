package dev.quiver.console.repl;

import dev.quiver.grammar.IncrementalSplitter;
import dev.quiver.grammar.IncrementalSplitter.Span;
import dev.quiver.grammar.Vocabulary;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jline.reader.Highlighter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * Colours the statement being typed: keywords and type names bold blue, filter functions magenta, strings green, numbers cyan,
 * comments grey. Strings and comments are found by the grammar's lexical rules ({@link IncrementalSplitter#spans}),
 * keywords and functions by {@link Vocabulary}. Only installed on real terminals.
 */
final class StatementHighlighter implements Highlighter {
    private static final AttributedStyle KEYWORD = AttributedStyle.BOLD.foreground(AttributedStyle.BLUE);
    private static final AttributedStyle STRING = AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN);
    private static final AttributedStyle NUMBER = AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN);
    private static final AttributedStyle COMMENT = AttributedStyle.DEFAULT.foreground(AttributedStyle.BRIGHT);
    private static final AttributedStyle FUNCTION = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    private static final Set<String> FUNCTIONS = Set.copyOf(Vocabulary.functions());
    private static final Set<String> TYPES = Set.copyOf(Vocabulary.typeNames());

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
                style = wordStyle(buffer.substring(i, tokenEnd));
            }
            out.styled(style, buffer.substring(i, tokenEnd));
            i = tokenEnd;
        }
    }

    private static AttributedStyle wordStyle(String word) {
        if (Vocabulary.isKeyword(word) || TYPES.contains(word.toUpperCase(Locale.ROOT))) {
            return KEYWORD;
        }
        return FUNCTIONS.contains(word.toLowerCase(Locale.ROOT)) ? FUNCTION : AttributedStyle.DEFAULT;
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
