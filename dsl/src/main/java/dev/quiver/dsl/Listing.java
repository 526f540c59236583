package dev.quiver.dsl;

import dev.quiver.grammar.ast.Statement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A statement that reads and has no options, such as {@code SHOW COLLECTIONS} or {@code DESCRIBE COLLECTION c}; it
 * returns its rows. Immutable and thread-safe.
 */
public final class Listing extends Step<List<Row>> {
    private final Statement statement;

    Listing(Context context, Statement statement) {
        super(context);
        this.statement = statement;
    }

    @Override
    public Statement toAst() {
        return statement;
    }

    @Override
    List<Row> read(Outcome outcome) {
        return outcome.requireRows();
    }

    /**
     * The values of one column of every row, such as the {@code name} column of SHOW COLLECTIONS.
     *
     * @param column the column to read
     * @return the values as text, in row order
     * @throws QuiverException when the statement fails or a value is null
     */
    public List<String> fetchColumn(String column) {
        return execute().stream().map(row -> row.getString(column)).toList();
    }

    /**
     * Like {@link #fetchColumn(String)}, asynchronously; cancellable.
     *
     * @param column the column to read
     * @return a future of the values
     */
    public CompletableFuture<List<String>> fetchColumnAsync(String column) {
        Function<List<Row>, List<String>> mapping = rows -> rows.stream().map(row -> row.getString(column)).toList();
        return async(mapping, context().timeout());
    }
}
