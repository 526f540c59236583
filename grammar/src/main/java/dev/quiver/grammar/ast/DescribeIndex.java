package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DESCRIBE INDEX name ON collection}.
 */
public record DescribeIndex(String name, String collection) implements Statement {
    public DescribeIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDescribeIndex(this);
    }
}
