package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP DATABASE [IF EXISTS] name}.
 */
public record DropDatabase(String name, boolean ifExists) implements Statement {
    public DropDatabase {
        Objects.requireNonNull(name, "name");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitDropDatabase(this);
    }
}
