package dev.quiver.grammar.ast;

/**
 * {@code SHOW USERS}.
 */
public record ShowUsers() implements Statement {}
