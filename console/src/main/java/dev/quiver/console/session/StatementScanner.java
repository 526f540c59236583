package dev.quiver.console.session;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts statement text into statements at semicolons, incrementally: text is fed line by line and every statement
 * completed by a line is returned at once, so a script runs while it is being read and a long script is scanned
 * once (linear time), not once per line.
 *
 * <p>The lexical rules are those of the statement language: {@code 'single'} and {@code "double"} quoted strings
 * with doubling and backslash escapes, {@code `backtick`} identifiers, {@code -- line} and {@code /* block *}{@code /}
 * comments. A semicolon inside any of them does not end a statement. Comments and blank lines between statements
 * are dropped; comments inside a statement are kept. Not thread-safe.
 */
public final class StatementScanner {

    private enum Mode { CODE, SINGLE_QUOTED, DOUBLE_QUOTED, BACKTICKED, LINE_COMMENT, BLOCK_COMMENT }

    private final StringBuilder pending = new StringBuilder();
    private Mode mode = Mode.CODE;
    private boolean escaped;
    private int line = 1;
    private int column = 1;
    private int startLine;
    private int startColumn;
    private char previous;
    private boolean closedComment;

    /** A scanner whose first fed character is at line 1, column 1. */
    public StatementScanner() {
    }

    /** A scanner whose first fed character is at the given 1-based position. */
    public StatementScanner(int firstLine, int firstColumn) {
        this.line = firstLine;
        this.column = firstColumn;
    }

    /**
     * Scans more text (usually one line including its line break).
     *
     * @return the statements this text completed, in order; empty when none
     */
    public List<ScriptStatement> feed(CharSequence text) {
        List<ScriptStatement> completed = new ArrayList<>(1);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean endsStatement = scan(c, i + 1 < text.length() ? text.charAt(i + 1) : '\0');
            if (endsStatement) {
                if (!pending.isEmpty()) {
                    completed.add(take());
                }
            } else if (!pending.isEmpty() || isSignificant(c)) {
                if (pending.isEmpty()) {
                    startLine = line;
                    startColumn = column;
                }
                pending.append(c);
            }
            advance(c);
        }
        return completed;
    }

    /** Whether text of an unfinished statement is pending (comments and whitespace alone do not count). */
    public boolean hasPendingStatement() {
        return !pending.isEmpty();
    }

    /** Whether a string, identifier or block comment is open, so that a line break does not end a construct. */
    public boolean insideQuotesOrComment() {
        return mode != Mode.CODE && mode != Mode.LINE_COMMENT;
    }

    /**
     * Ends the input: the statement still pending (the last one of a script may omit its semicolon), if any.
     *
     * @return the final statement, or null when nothing is pending
     */
    public @org.jspecify.annotations.Nullable ScriptStatement finish() {
        mode = Mode.CODE;
        if (pending.isEmpty()) {
            return null;
        }
        ScriptStatement last = take();
        return last.text().isEmpty() ? null : last;
    }

    /** Forgets a pending statement (Ctrl-C at the prompt) but keeps counting lines. */
    public void discardPending() {
        pending.setLength(0);
        mode = Mode.CODE;
        escaped = false;
    }

    private boolean scan(char c, char next) {
        switch (mode) {
            case CODE -> {
                if (c == ';') {
                    return true;
                }
                if (c == '\'') {
                    mode = Mode.SINGLE_QUOTED;
                } else if (c == '"') {
                    mode = Mode.DOUBLE_QUOTED;
                } else if (c == '`') {
                    mode = Mode.BACKTICKED;
                } else if (c == '-' && next == '-') {
                    mode = Mode.LINE_COMMENT;
                } else if (c == '/' && next == '*') {
                    mode = Mode.BLOCK_COMMENT;
                    previous = '\0';
                    return false;
                }
            }
            case SINGLE_QUOTED, DOUBLE_QUOTED -> {
                if (escaped) {
                    escaped = false;
                } else if (c == '\\') {
                    escaped = true;
                } else if (c == (mode == Mode.SINGLE_QUOTED ? '\'' : '"')) {
                    mode = Mode.CODE;
                }
            }
            case BACKTICKED -> {
                if (c == '`') {
                    mode = Mode.CODE;
                }
            }
            case LINE_COMMENT -> {
                if (c == '\n') {
                    mode = Mode.CODE;
                }
            }
            case BLOCK_COMMENT -> {
                if (c == '/' && previous == '*') {
                    mode = Mode.CODE;
                    previous = '\0';
                    closedComment = true;
                    return false;
                }
            }
        }
        previous = c;
        return false;
    }

    /** Whether a character starts a statement: anything but whitespace and the characters of a comment. */
    private boolean isSignificant(char c) {
        if (closedComment) {
            closedComment = false;
            return false;
        }
        return !Character.isWhitespace(c) && mode != Mode.LINE_COMMENT && mode != Mode.BLOCK_COMMENT;
    }

    private ScriptStatement take() {
        String text = pending.toString().stripTrailing();
        pending.setLength(0);
        return new ScriptStatement(text, startLine, startColumn);
    }

    private void advance(char c) {
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
    }
}
