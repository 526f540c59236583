package dev.quiver.grammar.ast;

/**
 * {@code FLUSH ALL [NOWAIT]}: every collection of every database.
 */
public record FlushAll(boolean noWait) implements Statement {}
