package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE ALIAS alias FOR collection}.
 */
public record CreateAlias(String alias, String collection) implements Statement {
    public CreateAlias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCreateAlias(this);
    }
}
