package dev.quiver.grammar.expr;

import org.jspecify.annotations.Nullable;

/** A scalar literal: boolean, integer, decimal or string. */
public sealed interface Literal extends Expression
        permits Literal.BooleanLiteral, Literal.IntegerLiteral, Literal.DecimalLiteral, Literal.StringLiteral,
                Literal.NullLiteral {

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value) implements Literal {
        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitBoolean(this);
        }
    }

    /** A whole number that fits a signed 64-bit integer; negative numbers are folded into the literal. */
    record IntegerLiteral(long value) implements Literal {
        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitInteger(this);
        }
    }

    /** A number with a fraction or an exponent. */
    record DecimalLiteral(double value) implements Literal {
        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitDecimal(this);
        }
    }

    /** A string, already unescaped. */
    record StringLiteral(String value) implements Literal {
        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitString(this);
        }
    }

    /** SQL {@code NULL}, used only as an INSERT value (Milvus filters test nulls with {@code IS NULL}). */
    record NullLiteral() implements Literal {
        @Override
        public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
            return visitor.visitNull(this);
        }
    }

    static BooleanLiteral of(boolean value) { return new BooleanLiteral(value); }

    static IntegerLiteral of(long value) { return new IntegerLiteral(value); }

    static DecimalLiteral of(double value) { return new DecimalLiteral(value); }

    static StringLiteral of(String value) { return new StringLiteral(value); }
}
