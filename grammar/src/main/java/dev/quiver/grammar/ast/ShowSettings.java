package dev.quiver.grammar.ast;

/**
 * {@code SHOW SETTINGS}: the session's settings and their values.
 */
public record ShowSettings() implements Statement {}
