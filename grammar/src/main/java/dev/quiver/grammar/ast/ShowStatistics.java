package dev.quiver.grammar.ast;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code SHOW STATISTICS OF collection [PARTITION partition]}; {@code partition} may be null.
 */
public record ShowStatistics(String collection, @Nullable String partition) implements Statement {
    public ShowStatistics {
        Objects.requireNonNull(collection, "collection");
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitShowStatistics(this);
    }
}
