package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP ALIAS alias}.
 */
public record DropAlias(String alias) implements Statement {
    public DropAlias {
        Objects.requireNonNull(alias, "alias");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDropAlias(this);
    }
}
