package dev.quiver.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Splits script text into statements as the text arrives, in chunks of any size (a line, a character, a whole
 * file): each {@link #feed} returns the statements its chunk completed, and {@link #finish} the last one, which may
 * omit its {@code ;}. Every character is looked at once, so a script is split in time linear in its length however
 * it is chunked, and the statements and their positions do not depend on the chunking — they are exactly those of
 * {@link StatementSplitter#split}.
 *
 * <p>The lexical rules are those of the statement grammar: a {@code ;} ends a statement unless it is inside a
 * string ({@code '..'}, {@code ".."}, with doubled quotes and backslash escapes), a quoted identifier
 * ({@code `..`}, with doubled backticks), a {@code --} line comment or a {@code /* *}{@code /} block comment.
 * Whitespace and comments between statements are dropped; comments inside a statement are kept in its text.
 * {@link #spans} reports the same lexical contexts for a whole text, for highlighters and for substitutions that
 * must leave strings and comments alone, so that no caller needs lexical rules of its own.
 *
 * <p>Not thread-safe: one splitter reads one script.
 */
public final class IncrementalSplitter {

    /** The lexical context the splitter is in after the text fed so far. */
    public enum Context {
        /** Statement text or the space between statements. */
        CODE,
        /** Inside a {@code '..'} or {@code ".."} string. */
        STRING,
        /** Inside a {@code `..`} quoted identifier. */
        QUOTED_IDENTIFIER,
        /** Inside a {@code --} comment, which the next line break ends. */
        LINE_COMMENT,
        /** Inside a {@code /* *}{@code /} comment. */
        BLOCK_COMMENT
    }

    /**
     * A run of characters of one lexical context: {@code text.substring(start, end)}. A string or quoted
     * identifier includes its quotes, a comment its {@code --} or {@code /* *}{@code /}; the line break ending a
     * line comment is code.
     *
     * @param context the context of every character of the run
     * @param start the index of the run's first character
     * @param end the index after its last character
     */
    public record Span(Context context, int start, int end) {
        public Span {
            Objects.requireNonNull(context, "context");
        }
    }

    private final StringBuilder statement = new StringBuilder();
    private final @Nullable List<Span> spans;
    private Context context = Context.CODE;
    private char quote;
    private boolean escaped;
    /** A '-' or '/' just seen in code (it may begin a comment), or a '*' just seen in a block comment; else 0. */
    private char held;
    private char previous;
    private boolean started;
    private boolean finished;
    private int offset;
    private int line = 1;
    private int column = 1;
    private int startLine;
    private int startColumn;
    private int startOffset;
    private int heldLine;
    private int heldColumn;
    private int heldOffset;
    private @Nullable Context spanContext;
    private int spanStart;

    /** A splitter whose first character is at line 1, column 1, offset 0. */
    public IncrementalSplitter() {
        this.spans = null;
    }

    private IncrementalSplitter(List<Span> spans) {
        this.spans = spans;
    }

    /**
     * The lexical contexts of {@code text} (for highlighting, or for substitutions that must leave strings and
     * comments alone), by the same rules that split statements: consecutive runs covering the text, adjacent runs
     * in different contexts. A string or comment left open runs to the end. Thread-safe.
     */
    public static List<Span> spans(CharSequence text) {
        List<Span> spans = new ArrayList<>();
        IncrementalSplitter splitter = new IncrementalSplitter(spans);
        splitter.feed(text);
        splitter.finish();
        return List.copyOf(spans);
    }

    /**
     * Reads more text.
     *
     * @param chunk the next characters of the script, possibly empty
     * @return the statements this chunk completed (their {@code ;} was in it), in order; empty when none
     * @throws IllegalStateException after {@link #finish()}
     */
    public List<ScriptStatement> feed(CharSequence chunk) {
        if (finished) {
            throw new IllegalStateException("the splitter has finished: feed a new one");
        }
        List<ScriptStatement> completed = new ArrayList<>(1);
        for (int i = 0; i < chunk.length(); i++) {
            char c = chunk.charAt(i);
            @Nullable ScriptStatement done = step(c);
            if (done != null) {
                completed.add(done);
            }
            advance(c);
        }
        return completed;
    }

    /**
     * Ends the script.
     *
     * @return the statement still pending (the last one of a script may omit its {@code ;}), or null when only
     *     whitespace, comments or {@code ;} followed the last statement; a string or comment left open ends here
     */
    public @Nullable ScriptStatement finish() {
        if (finished) {
            throw new IllegalStateException("the splitter has already finished");
        }
        finished = true;
        if (context == Context.CODE && held != 0) {
            classify(heldOffset, Context.CODE);
            if (!started) {
                startHeld();
            }
        }
        if (spans != null && spanContext != null) {
            spans.add(new Span(spanContext, spanStart, offset));
        }
        return started ? take() : null;
    }

    /**
     * Whether text of an unfinished statement has been read: some statement text follows the last {@code ;}.
     * Whitespace and comments alone do not count. The console shows its continuation prompt while this is true.
     */
    public boolean isInsideStatement() {
        return started || (context == Context.CODE && held != 0);
    }

    /** The lexical context at the end of the text fed so far. */
    public Context context() {
        return context;
    }

    private @Nullable ScriptStatement step(char c) {
        switch (context) {
            case CODE -> {
                return code(c);
            }
            case STRING -> {
                classify(offset, Context.STRING);
                statement.append(c);
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == quote) {
                    context = Context.CODE;
                }
            }
            case QUOTED_IDENTIFIER -> {
                classify(offset, Context.QUOTED_IDENTIFIER);
                statement.append(c);
                if (c == '`') {
                    context = Context.CODE;
                }
            }
            case LINE_COMMENT -> {
                appendIfStarted(c);
                if (c == '\n') {
                    context = Context.CODE;
                }
                classify(offset, context);
            }
            case BLOCK_COMMENT -> {
                classify(offset, Context.BLOCK_COMMENT);
                appendIfStarted(c);
                if (held == '*' && c == '/') {
                    context = Context.CODE;
                    held = 0;
                } else {
                    held = c == '*' ? '*' : 0;
                }
            }
        }
        return null;
    }

    private @Nullable ScriptStatement code(char c) {
        char before = held;
        held = 0;
        if (before == '-' && c == '-') {
            openComment(c, Context.LINE_COMMENT);
            return null;
        }
        if (before == '/' && c == '*') {
            openComment(c, Context.BLOCK_COMMENT);
            return null;
        }
        if (before != 0) {
            classify(heldOffset, Context.CODE);
            if (!started) {
                held = before;
                startHeld();
            }
        }
        if (c == '-' || c == '/') {
            held = c;
            heldLine = line;
            heldColumn = column;
            heldOffset = offset;
            appendIfStarted(c);
            return null;
        }
        Context next = c == '\'' || c == '"' ? Context.STRING : c == '`' ? Context.QUOTED_IDENTIFIER : Context.CODE;
        classify(offset, next);
        if (c == ';') {
            return started ? take() : null;
        }
        if (!started) {
            if (Character.isWhitespace(c)) {
                return null;
            }
            start(line, column, offset);
        }
        statement.append(c);
        context = next;
        quote = c;
        return null;
    }

    /** The held character and {@code c} open a comment. */
    private void openComment(char c, Context comment) {
        classify(heldOffset, comment);
        classify(offset, comment);
        appendIfStarted(c);
        context = comment;
    }

    /** Records that the character at {@code at} is in {@code characterContext}; characters come in order. */
    private void classify(int at, Context characterContext) {
        if (spans == null || characterContext == spanContext) {
            return;
        }
        if (spanContext != null) {
            spans.add(new Span(spanContext, spanStart, at));
        }
        spanContext = characterContext;
        spanStart = at;
    }

    /** Starts the statement at the held '-' or '/', which turned out not to begin a comment. */
    private void startHeld() {
        start(heldLine, heldColumn, heldOffset);
        statement.append(held);
        held = 0;
    }

    private void start(int atLine, int atColumn, int atOffset) {
        started = true;
        startLine = atLine;
        startColumn = atColumn;
        startOffset = atOffset;
    }

    private void appendIfStarted(char c) {
        if (started) {
            statement.append(c);
        }
    }

    private ScriptStatement take() {
        int end = statement.length();
        while (end > 0 && Character.isWhitespace(statement.charAt(end - 1))) {
            end--;
        }
        ScriptStatement done = new ScriptStatement(statement.substring(0, end), startLine, startColumn, startOffset);
        statement.setLength(0);
        started = false;
        return done;
    }

    private void advance(char c) {
        offset++;
        if (c == '\n') {
            line++;
            column = 1;
        } else if (!Character.isLowSurrogate(c) || !Character.isHighSurrogate(previous)) {
            column++;
        }
        previous = c;
    }
}
