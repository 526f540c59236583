package dev.quiver.grammar.expr;

/** {@code left or right}; chains are left-associative. */
public record Or(Expression left, Expression right) implements Expression {}
