package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code DESCRIBE DATABASE name}.
 */
public record DescribeDatabase(String name) implements Statement {
    public DescribeDatabase {
        Objects.requireNonNull(name, "name");
    }
}
