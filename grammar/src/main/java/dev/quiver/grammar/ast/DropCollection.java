package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP COLLECTION [IF EXISTS] name}.
 */
public record DropCollection(String name, boolean ifExists) implements Statement {
    public DropCollection {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDropCollection(this);
    }
}
