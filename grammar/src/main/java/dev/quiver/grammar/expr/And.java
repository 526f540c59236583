package dev.quiver.grammar.expr;

/** {@code left and right}; chains are left-associative: {@code a and b and c} is {@code And(And(a, b), c)}. */
public record And(Expression left, Expression right) implements Expression {}
