package dev.quiver.console.session;

import dev.quiver.grammar.ScriptStatement;
import java.sql.SQLException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Formats a failed statement's error. In a script: {@code file:line:column: message}, where the position is that
 * of the failing statement in the file or, when the driver's message starts with {@code line L:C:} (a syntax
 * error inside the statement), that position translated from statement to file coordinates. Interactively:
 * {@code ERROR: message}.
 */
final class ErrorReport {
    private static final Pattern STATEMENT_POSITION = Pattern.compile("(?s)line (\\d+):(\\d+): (.*)");

    private ErrorReport() {
    }

    static String describe(@Nullable String source, ScriptStatement statement, Throwable error) {
        String message = message(error);
        if (source == null) {
            return "ERROR: " + message;
        }
        int line = statement.startLine();
        int column = statement.startColumn();
        Matcher position = STATEMENT_POSITION.matcher(message);
        if (position.matches()) {
            int innerLine = Integer.parseInt(position.group(1));
            int innerColumn = Integer.parseInt(position.group(2));
            column = innerLine == 1 ? statement.startColumn() + innerColumn - 1 : innerColumn;
            line = statement.startLine() + innerLine - 1;
            message = position.group(3);
        }
        return source + ":" + line + ":" + column + ": " + message;
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
