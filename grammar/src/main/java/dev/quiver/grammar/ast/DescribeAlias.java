package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DESCRIBE ALIAS alias}.
 */
public record DescribeAlias(String alias) implements Statement {
    public DescribeAlias {
        Objects.requireNonNull(alias, "alias");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDescribeAlias(this);
    }
}
