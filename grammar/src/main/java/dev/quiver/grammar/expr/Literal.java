package dev.quiver.grammar.expr;

/** A scalar literal: boolean, integer, decimal or string. */
public sealed interface Literal extends Expression
        permits Literal.BooleanLiteral, Literal.IntegerLiteral, Literal.DecimalLiteral, Literal.StringLiteral,
                Literal.NullLiteral {

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value) implements Literal {}

    /** A whole number that fits a signed 64-bit integer; negative numbers are folded into the literal. */
    record IntegerLiteral(long value) implements Literal {}

    /** A number with a fraction or an exponent. */
    record DecimalLiteral(double value) implements Literal {}

    /** A string, already unescaped. */
    record StringLiteral(String value) implements Literal {}

    /** SQL {@code NULL}, used only as an INSERT value (Milvus filters test nulls with {@code IS NULL}). */
    record NullLiteral() implements Literal {}

    static BooleanLiteral of(boolean value) { return new BooleanLiteral(value); }

    static IntegerLiteral of(long value) { return new IntegerLiteral(value); }

    static DecimalLiteral of(double value) { return new DecimalLiteral(value); }

    static StringLiteral of(String value) { return new StringLiteral(value); }
}
