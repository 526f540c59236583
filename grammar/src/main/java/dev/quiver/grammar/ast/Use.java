package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code USE [DATABASE] db}: makes {@code database} the session's current database.
 */
public record Use(String database) implements Statement {
    public Use {
        Objects.requireNonNull(database, "database");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitUse(this);
    }
}
