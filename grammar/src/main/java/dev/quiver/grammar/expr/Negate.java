package dev.quiver.grammar.expr;

/** Unary minus on a non-literal operand; {@code -5} is an {@link Literal.IntegerLiteral} instead. */
public record Negate(Expression operand) implements Expression {}
