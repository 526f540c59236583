package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code INSERT INTO} (or {@code UPSERT INTO} when {@code upsert}) {@code collection [PARTITION partition]}
 * followed by {@code [(columns)] VALUES (...), ...} or {@code ROWS {json}, ...}; {@code partition} may be null.
 */
public record Insert(String collection, @Nullable String partition, InsertSource source, boolean upsert) implements Statement {
    public Insert {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(source, "source");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitInsert(this);
    }
}
