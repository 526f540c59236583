package dev.quiver.grammar.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code FLUSH [COLLECTION] c [, c2 ...] [NOWAIT]}; {@code collections} is not empty.
 */
public record Flush(List<String> collections, boolean noWait) implements Statement {
    public Flush {
        collections = List.copyOf(collections);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitFlush(this);
    }
}
