package dev.quiver.grammar.expr;

import java.util.Arrays;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/** A hexadecimal byte string {@code x'0F3C'}: binary vectors and raw fp16/bf16 vectors. */
public record BinaryLiteral(byte[] bytes) implements Expression {
    public BinaryLiteral {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /** The bytes as upper-case hex digits, as the formatter prints them. */
    public String hex() {
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryLiteral other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BinaryLiteral[x'" + hex() + "']";
    }

    @Override
    public <R extends @Nullable Object> R accept(ExpressionVisitor<R> visitor) {
        return visitor.visitBinary(this);
    }
}
