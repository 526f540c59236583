package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.Objects;

/**
 * One {@code key = value} entry of a {@code WITH (...)} or {@code SET (...)} list. The key is kept as written,
 * dots included ({@code mmap.enabled}, {@code collection.ttl.seconds}). The value is a literal or a parameter;
 * a bare identifier ({@code consistency_level = Strong}) or a duration ({@code 30s}) is kept as a
 * {@link dev.quiver.grammar.expr.Literal.StringLiteral} of its text, and a list of identifiers
 * ({@code fields = [a, b]}) as an {@link dev.quiver.grammar.expr.ArrayLiteral} of such strings.
 */
public record Property(String key, Expression value) {
    public Property {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
