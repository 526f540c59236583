package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code ALTER ALIAS alias FOR collection}.
 */
public record AlterAlias(String alias, String collection) implements Statement {
    public AlterAlias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(collection, "collection");
    }
}
