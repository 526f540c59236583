package dev.quiver.grammar.ast;

/**
 * {@code SHOW ROLES}.
 */
public record ShowRoles() implements Statement {}
