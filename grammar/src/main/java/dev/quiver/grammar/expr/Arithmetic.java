package dev.quiver.grammar.expr;

/** {@code left op right}, for example {@code id % 2}; Milvus allows one field with a constant. */
public record Arithmetic(Expression left, ArithmeticOperator operator, Expression right) implements Expression {}
