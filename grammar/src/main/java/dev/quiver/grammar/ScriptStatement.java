package dev.quiver.grammar;

import java.util.Objects;

/**
 * One statement of a script, as {@link StatementSplitter} or {@link IncrementalSplitter} cut it out: its text
 * (without the terminating {@code ;}, leading whitespace and comments skipped, trailing whitespace trimmed) and
 * where that text starts in the script.
 *
 * @param text the statement text, never blank
 * @param startLine the 1-based line of the first character of {@code text}
 * @param startColumn the 1-based column of that character, counted in code points as parser errors count them
 * @param startOffset the index of that character in the script string ({@code script.substring(startOffset)}
 *     begins with {@code text})
 */
public record ScriptStatement(String text, int startLine, int startColumn, int startOffset) {
    public ScriptStatement {
        Objects.requireNonNull(text, "text");
    }
}
