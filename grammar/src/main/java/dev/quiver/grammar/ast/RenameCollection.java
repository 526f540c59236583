package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code RENAME COLLECTION name TO newName}.
 */
public record RenameCollection(String name, String newName) implements Statement {
    public RenameCollection {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(newName, "newName");
    }
}
