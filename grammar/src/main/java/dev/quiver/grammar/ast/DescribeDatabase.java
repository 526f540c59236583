package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DESCRIBE DATABASE name}.
 */
public record DescribeDatabase(String name) implements Statement {
    public DescribeDatabase {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDescribeDatabase(this);
    }
}
