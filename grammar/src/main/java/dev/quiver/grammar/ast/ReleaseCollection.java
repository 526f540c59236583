package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code RELEASE COLLECTION collection}.
 */
public record ReleaseCollection(String collection) implements Statement {
    public ReleaseCollection {
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitReleaseCollection(this);
    }
}
