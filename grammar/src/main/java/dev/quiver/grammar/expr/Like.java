package dev.quiver.grammar.expr;

/** {@code subject like pattern}, {@code %} matching any run of characters. SQL's NOT LIKE is {@code Not(Like)}. */
public record Like(Expression subject, Expression pattern) implements Expression {}
