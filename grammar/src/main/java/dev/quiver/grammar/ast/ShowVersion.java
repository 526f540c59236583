package dev.quiver.grammar.ast;

/**
 * {@code SHOW VERSION}: the server's version.
 */
public record ShowVersion() implements Statement {}
