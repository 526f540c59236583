package dev.quiver.grammar.expr;

/** {@code not operand}. */
public record Not(Expression operand) implements Expression {}
