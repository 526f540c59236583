package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code RENAME COLLECTION name TO newName}.
 */
public record RenameCollection(String name, String newName) implements Statement {
    public RenameCollection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(newName, "newName");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitRenameCollection(this);
    }
}
