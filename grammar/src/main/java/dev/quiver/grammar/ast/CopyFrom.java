package dev.quiver.grammar.ast;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code COPY collection [PARTITION partition] [(column, ...)] FROM 'path' [WITH (option = value, ...)]}: loads the
 * rows of a file that the client reads (like psql's {@code \copy}); {@code partition} may be null, an empty
 * {@code columns} list means the file's own header (CSV) or keys (JSON). Options such as {@code format},
 * {@code header}, {@code delimiter}, {@code batch_rows} and {@code on_error} are kept as written; their meaning is
 * the client's (see docs/copy.md).
 */
public record CopyFrom(String collection, @Nullable String partition, List<String> columns, String path,
                       List<Property> options) implements Statement {
    public CopyFrom {
        Objects.requireNonNull(collection, "collection");
        Objects.requireNonNull(path, "path");
        columns = List.copyOf(columns);
        options = List.copyOf(options);
    }

    @Override
    public <R extends @Nullable Object> R accept(StatementVisitor<R> visitor) {
        return visitor.visitCopyFrom(this);
    }
}
