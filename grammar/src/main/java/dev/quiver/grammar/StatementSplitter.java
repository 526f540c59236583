package dev.quiver.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits script text into statements at each {@code ;} that is not inside a string ({@code '..'}, {@code ".."},
 * with doubled quotes and backslash escapes), a quoted identifier ({@code `..`}), a {@code --} line comment or a
 * {@code /* *}{@code /} block comment — the same lexical rules as the statement grammar. A string or comment left
 * open runs to the end of the text, so the statement's parse then reports it.
 *
 * <p>Used by the console for multi-line input and by scripts that report where each statement starts.
 * Stateless and thread-safe.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    /** The statements of {@code script}, in order; empty statements (only whitespace, comments or ;) are skipped. */
    public static List<ScriptStatement> split(String script) {
        List<ScriptStatement> statements = new ArrayList<>();
        Scanner scanner = new Scanner(script);
        while (scanner.nextStatement()) {
            int end = scanner.statementEnd;
            while (end > scanner.statementStart && Character.isWhitespace(script.charAt(end - 1))) {
                end--;
            }
            statements.add(new ScriptStatement(script.substring(scanner.statementStart, end), scanner.startLine,
                    scanner.startColumn, scanner.statementStart));
        }
        return List.copyOf(statements);
    }

    /**
     * Whether {@code buffer} holds at least one statement and ends with a complete one: its last {@code ;} is
     * outside strings, quoted identifiers and comments, and only whitespace and comments follow it. The console
     * reads more lines until this is true.
     */
    public static boolean isComplete(String buffer) {
        Scanner scanner = new Scanner(buffer);
        boolean any = false;
        boolean terminated = false;
        while (scanner.nextStatement()) {
            any = true;
            terminated = scanner.terminated;
        }
        return any && terminated;
    }

    /** Walks the text once, statement by statement. */
    private static final class Scanner {
        private final String text;
        private int position;
        private int line = 1;
        private int column = 1;
        int statementStart;
        int statementEnd;
        int startLine;
        int startColumn;
        boolean terminated;

        Scanner(String text) {
            this.text = text;
        }

        /** Finds the next non-empty statement; false at the end of the text. */
        boolean nextStatement() {
            while (true) {
                skipBlanksAndComments();
                if (position >= text.length()) {
                    return false;
                }
                if (text.charAt(position) == ';') {
                    advance();
                    continue;
                }
                statementStart = position;
                startLine = line;
                startColumn = column;
                scanStatement();
                return true;
            }
        }

        private void skipBlanksAndComments() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (Character.isWhitespace(c)) {
                    advance();
                } else if (startsWith("--")) {
                    skipLineComment();
                } else if (startsWith("/*")) {
                    skipBlockComment();
                } else {
                    return;
                }
            }
        }

        private void scanStatement() {
            terminated = false;
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c == ';') {
                    statementEnd = position;
                    terminated = true;
                    advance();
                    return;
                }
                if (c == '\'' || c == '"') {
                    skipQuoted(c, true);
                } else if (c == '`') {
                    skipQuoted(c, false);
                } else if (startsWith("--")) {
                    skipLineComment();
                } else if (startsWith("/*")) {
                    skipBlockComment();
                } else {
                    advance();
                }
            }
            statementEnd = position;
        }

        private void skipQuoted(char quote, boolean backslashEscapes) {
            advance();
            while (position < text.length()) {
                char c = text.charAt(position);
                if (backslashEscapes && c == '\\') {
                    advance();
                    if (position < text.length()) {
                        advance();
                    }
                } else if (c == quote) {
                    advance();
                    if (position < text.length() && text.charAt(position) == quote) {
                        advance();
                    } else {
                        return;
                    }
                } else {
                    advance();
                }
            }
        }

        private void skipLineComment() {
            while (position < text.length() && text.charAt(position) != '\n') {
                advance();
            }
        }

        private void skipBlockComment() {
            advance();
            advance();
            while (position < text.length() && !startsWith("*/")) {
                advance();
            }
            if (position < text.length()) {
                advance();
                advance();
            }
        }

        private boolean startsWith(String prefix) {
            return text.startsWith(prefix, position);
        }

        private void advance() {
            char c = text.charAt(position++);
            if (c == '\n') {
                line++;
                column = 1;
            } else if (!Character.isLowSurrogate(c) || position < 2 || !Character.isHighSurrogate(text.charAt(position - 2))) {
                column++;
            }
        }
    }
}
