package dev.quiver.console.session;

import dev.quiver.grammar.ScriptStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Formats a failed statement's error. In a script: {@code file:line:column: message}, where the position is that
 * of the failing statement in the file or, when the driver's message starts with {@code line L:C:} (a syntax
 * error inside the statement), that position translated from statement to file coordinates. Interactively:
 * {@code ERROR: message}. A syntax error is followed by the statement's line and a caret under the position (as
 * psql and DuckDB show them); a long "Expecting" list is cut to the common keywords; then come the
 * {@link ErrorHints}, each on a {@code HINT:} line.
 */
final class ErrorReport {
    private static final Pattern STATEMENT_POSITION = Pattern.compile("(?s)line (\\d+):(\\d+): (.*)");
    private static final Pattern EXPECTING = Pattern.compile("(?s)(.*?\\. Expecting: )(.*)");
    private static final int EXPECTING_SHOWN = 6;
    /** The statement keywords a newcomer most likely meant, listed first when the list is cut. */
    private static final List<String> COMMON = List.of("'SELECT'", "'INSERT'", "'CREATE'", "'SHOW'", "'DESCRIBE'",
            "'DROP'", "'LOAD'", "'DELETE'", "'UPSERT'", "'FLUSH'");

    private ErrorReport() {
    }

    static String describe(@Nullable String source, ScriptStatement statement, Throwable error,
                           Supplier<List<String>> collections) {
        String message = message(error);
        int line = statement.startLine();
        int column = statement.startColumn();
        String caret = null;
        Matcher position = STATEMENT_POSITION.matcher(message);
        if (position.matches()) {
            int innerLine = Integer.parseInt(position.group(1));
            int innerColumn = Integer.parseInt(position.group(2));
            column = innerLine == 1 ? statement.startColumn() + innerColumn - 1 : innerColumn;
            line = statement.startLine() + innerLine - 1;
            message = position.group(3);
            caret = caret(statement.text(), innerLine, innerColumn);
        }
        StringBuilder report = new StringBuilder(source == null ? "ERROR: " : source + ":" + line + ":" + column + ": ")
                .append(shortenExpecting(message));
        if (caret != null) {
            report.append('\n').append(caret);
        }
        for (String hint : ErrorHints.of(error, message, collections)) {
            report.append("\nHINT: ").append(hint);
        }
        return report.toString();
    }

    /** The statement's line {@code line} and a caret under code point {@code column} (1-based), both indented. */
    static @Nullable String caret(String text, int line, int column) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return null;
        }
        String source = lines[line - 1].replace("\r", "");
        int[] codePoints = source.codePoints().toArray();
        if (column < 1 || column > codePoints.length + 1) {
            return null;
        }
        StringBuilder pad = new StringBuilder();
        for (int i = 0; i < column - 1; i++) {
            pad.append(codePoints[i] == '\t' ? '\t' : ' ');
        }
        return "  " + source + "\n  " + pad + "^";
    }

    /** Cuts an "Expecting:" list of more than a few alternatives to the common ones and a count of the rest. */
    static String shortenExpecting(String message) {
        Matcher expecting = EXPECTING.matcher(message);
        if (!expecting.matches()) {
            return message;
        }
        String[] items = expecting.group(2).split(", ");
        if (items.length <= EXPECTING_SHOWN + 2) {
            return message;
        }
        List<String> ordered = new ArrayList<>();
        for (String common : COMMON) {
            if (List.of(items).contains(common)) {
                ordered.add(common);
            }
        }
        for (String item : items) {
            if (!ordered.contains(item)) {
                ordered.add(item);
            }
        }
        return expecting.group(1) + String.join(", ", ordered.subList(0, EXPECTING_SHOWN)) + ", ... ("
                + (items.length - EXPECTING_SHOWN) + " more)";
    }

    private static String message(Throwable error) {
        String message = error.getMessage();
        if (error instanceof SQLException) {
            return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
        }
        return "internal error: " + (message == null ? error.getClass().getName() : error.getClass().getName() + ": "
                + message);
    }
}
