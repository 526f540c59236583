package dev.quiver.console.session;

/**
 * One statement of a script, without its terminating semicolon, and where it starts in its source.
 *
 * @param text   the statement text, from its first character to the character before {@code ;}
 * @param line   the 1-based line of its first character in the source
 * @param column the 1-based column of its first character in the source
 */
public record ScriptStatement(String text, int line, int column) {
}
