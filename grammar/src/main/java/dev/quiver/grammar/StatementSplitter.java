package dev.quiver.grammar;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits script text into statements at each {@code ;} that is not inside a string ({@code '..'}, {@code ".."},
 * with doubled quotes and backslash escapes), a quoted identifier ({@code `..`}), a {@code --} line comment or a
 * {@code /* *}{@code /} block comment — the same lexical rules as the statement grammar. A string or comment left
 * open runs to the end of the text, so the statement's parse then reports it.
 *
 * <p>These are the whole-text forms of {@link IncrementalSplitter}, which reads a script in chunks (a console
 * reading lines, a script runner streaming a file) with the same results in linear time.
 * Stateless and thread-safe.
 */
public final class StatementSplitter {
    private StatementSplitter() {
    }

    /** The statements of {@code script}, in order; empty statements (only whitespace, comments or ;) are skipped. */
    public static List<ScriptStatement> split(String script) {
        IncrementalSplitter splitter = new IncrementalSplitter();
        List<ScriptStatement> statements = new ArrayList<>(splitter.feed(script));
        ScriptStatement last = splitter.finish();
        if (last != null) {
            statements.add(last);
        }
        return List.copyOf(statements);
    }

    /**
     * Whether {@code buffer} holds at least one statement and ends with a complete one: its last {@code ;} is
     * outside strings, quoted identifiers and comments, and only whitespace and comments follow it.
     */
    public static boolean isComplete(String buffer) {
        IncrementalSplitter splitter = new IncrementalSplitter();
        boolean any = !splitter.feed(buffer).isEmpty();
        return any && splitter.finish() == null;
    }
}
