package dev.quiver.grammar.expr;

/** {@code subject is null}, or {@code subject is not null} when {@code negated}. */
public record NullTest(Expression subject, boolean negated) implements Expression {}
