package dev.quiver.dsl;

import dev.quiver.grammar.ast.Insert;
import dev.quiver.grammar.ast.InsertSource;
import dev.quiver.grammar.ast.Statement;
import dev.quiver.grammar.expr.Expression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code INSERT INTO c} or {@code UPSERT INTO c} (optionally into a partition), with rows given as maps, as Java
 * records or beans (mapped by component or property name) — {@code ROWS {...}} — or as positional values after
 * {@link #columns(String...)} — {@code VALUES (...)}. The two forms cannot be mixed. Values are literal nodes:
 * {@code float[]} for float vectors, lists for arrays, maps for JSON. Returns the number of rows written.
 * Immutable and thread-safe.
 */
public final class InsertStep extends Step<CommandResult> {
    private final String collection;
    private final @Nullable String partition;
    private final boolean upsert;
    private final @Nullable List<String> columns;
    private final List<Expression> objectRows;
    private final List<List<Expression>> valueRows;

    InsertStep(Context context, String collection, @Nullable String partition, boolean upsert,
               @Nullable List<String> columns, List<Expression> objectRows, List<List<Expression>> valueRows) {
        super(context);
        this.collection = collection;
        this.partition = partition;
        this.upsert = upsert;
        this.columns = columns;
        this.objectRows = List.copyOf(objectRows);
        this.valueRows = List.copyOf(valueRows);
    }

    /**
     * Writes into {@code partition} instead of the default partition.
     *
     * @param partition the partition name
     * @return a step with {@code PARTITION partition}
     */
    public InsertStep partition(String partition) {
        return new InsertStep(context(), collection, partition, upsert, columns, objectRows, valueRows);
    }

    /**
     * Adds one row given as a map from field name to value; keys that are not fields go to the dynamic field.
     *
     * @param row the row
     * @return a step with the row
     */
    public InsertStep row(Map<String, ?> row) {
        return object(Values.literal(row));
    }

    /**
     * Adds one row given as a Java record (by component name) or a JavaBean (by getter name).
     *
     * @param record the row
     * @return a step with the row
     */
    public InsertStep record(Object record) {
        return object(recordLiteral(record));
    }

    /**
     * Adds rows given as maps, records or beans.
     *
     * @param rows the rows, in order
     * @return a step with the rows
     */
    public InsertStep rows(Iterable<?> rows) {
        List<Expression> added = new ArrayList<>();
        for (Object row : rows) {
            added.add(row instanceof Map<?, ?> map ? Values.literal(map) : recordLiteral(row));
        }
        return objects(added);
    }

    private static Expression recordLiteral(Object record) {
        if (!(record instanceof Record) && !Beans.isBean(record.getClass())) {
            throw new IllegalArgumentException(record.getClass().getName() + " is neither a record nor a bean");
        }
        return Values.literal(Beans.toMap(record));
    }

    private InsertStep object(Expression row) {
        return objects(List.of(row));
    }

    private InsertStep objects(List<Expression> added) {
        if (columns != null) {
            throw new IllegalStateException("this INSERT lists columns: add rows with values(...), not as objects");
        }
        List<Expression> rows = new ArrayList<>(objectRows.size() + added.size());
        rows.addAll(objectRows);
        rows.addAll(added);
        return new InsertStep(context(), collection, partition, upsert, null, rows, valueRows);
    }

    /**
     * Names the columns that {@link #values(Object...)} rows fill, in order.
     *
     * @param columns the column names
     * @return a step with the column list
     */
    public InsertStep columns(String... columns) {
        if (!objectRows.isEmpty()) {
            throw new IllegalStateException("this INSERT has object rows: columns cannot be added");
        }
        return new InsertStep(context(), collection, partition, upsert, List.of(columns), objectRows, valueRows);
    }

    /**
     * Adds one row of positional values, matching {@link #columns(String...)} (or the schema's field order when no
     * columns were named).
     *
     * @param values the values; null is written as NULL
     * @return a step with the row
     */
    public InsertStep values(@Nullable Object... values) {
        if (!objectRows.isEmpty()) {
            throw new IllegalStateException("this INSERT has object rows: add more with row(...) or record(...)");
        }
        List<Expression> row = Arrays.stream(values).map(Values::literal).toList();
        if (columns != null && row.size() != columns.size()) {
            throw new IllegalArgumentException("a row of " + row.size() + " values for " + columns.size()
                    + " columns " + columns);
        }
        if (!valueRows.isEmpty() && valueRows.get(0).size() != row.size()) {
            throw new IllegalArgumentException("a row of " + row.size() + " values after rows of "
                    + valueRows.get(0).size());
        }
        List<List<Expression>> rows = new ArrayList<>(valueRows);
        rows.add(row);
        return new InsertStep(context(), collection, partition, upsert, columns == null ? List.of() : columns,
                objectRows, rows);
    }

    @Override
    public Statement toAst() {
        InsertSource source;
        if (!objectRows.isEmpty()) {
            source = new InsertSource.Rows(objectRows);
        } else if (!valueRows.isEmpty()) {
            source = new InsertSource.Values(columns == null ? List.of() : columns, valueRows);
        } else {
            throw new IllegalStateException((upsert ? "UPSERT" : "INSERT") + " INTO " + collection
                    + " has no rows: add some with row(...), record(...), rows(...) or values(...)");
        }
        return new Insert(collection, partition, source, upsert);
    }

    @Override
    CommandResult read(Outcome outcome) {
        return new CommandResult(outcome);
    }
}
