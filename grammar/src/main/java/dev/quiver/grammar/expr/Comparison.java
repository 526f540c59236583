package dev.quiver.grammar.expr;

/** {@code left op right}, for example {@code year >= 2000}. */
public record Comparison(Expression left, ComparisonOperator operator, Expression right) implements Expression {}
