package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code CREATE ALIAS alias FOR collection}.
 */
public record CreateAlias(String alias, String collection) implements Statement {
    public CreateAlias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(collection, "collection");
    }
}
