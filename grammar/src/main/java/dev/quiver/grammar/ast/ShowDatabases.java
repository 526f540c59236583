package dev.quiver.grammar.ast;

/**
 * {@code SHOW DATABASES}.
 */
public record ShowDatabases() implements Statement {}
