package dev.quiver.grammar.ast;

import java.util.Objects;

/**
 * {@code USE [DATABASE] db}: makes {@code database} the session's current database.
 */
public record Use(String database) implements Statement {
    public Use {
        Objects.requireNonNull(database, "database");
    }
}
