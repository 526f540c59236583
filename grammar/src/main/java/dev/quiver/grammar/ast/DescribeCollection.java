package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DESCRIBE COLLECTION name} or {@code DESC name}: one row per field.
 */
public record DescribeCollection(String name) implements Statement {
    public DescribeCollection {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDescribeCollection(this);
    }
}
