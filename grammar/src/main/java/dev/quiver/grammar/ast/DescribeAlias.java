package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DESCRIBE ALIAS alias}.
 */
public record DescribeAlias(String alias) implements Statement {
    public DescribeAlias {
        Objects.requireNonNull(alias, "alias");
    }
}
