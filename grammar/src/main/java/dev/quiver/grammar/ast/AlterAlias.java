package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code ALTER ALIAS alias FOR collection}.
 */
public record AlterAlias(String alias, String collection) implements Statement {
    public AlterAlias {
        Objects.requireNonNull(alias, "alias");
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitAlterAlias(this);
    }
}
