package dev.quiver.grammar.ast;

/**
 * {@code SHOW HEALTH}: the server's health.
 */
public record ShowHealth() implements Statement {}
