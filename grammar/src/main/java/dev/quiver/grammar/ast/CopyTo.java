package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code COPY collection TO 'path' [WITH (...)]} or {@code COPY (SELECT ...) TO 'path' [WITH (...)]}: writes every
 * row of a collection, or the rows of a query or search, to a file that the client writes. Exactly one of
 * {@code collection} and {@code query} is set; {@code query} is a {@link Query} or a {@link Search}.
 */
public record CopyTo(@Nullable String collection, @Nullable Statement query, String path, List<Property> options)
        implements Statement {
    public CopyTo {
        Objects.requireNonNull(path, "path");
        if ((collection == null) == (query == null)) {
            throw new IllegalArgumentException("COPY TO copies either a collection or a query");
        }
        if (query != null && !(query instanceof Query) && !(query instanceof Search)) {
            throw new IllegalArgumentException("COPY TO copies the rows of a SELECT, not of " + query.getClass().getSimpleName());
        }
        options = List.copyOf(options);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCopyTo(this);
    }
}
