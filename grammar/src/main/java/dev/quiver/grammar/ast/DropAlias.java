package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DROP ALIAS alias}.
 */
public record DropAlias(String alias) implements Statement {
    public DropAlias {
        Objects.requireNonNull(alias, "alias");
    }
}
