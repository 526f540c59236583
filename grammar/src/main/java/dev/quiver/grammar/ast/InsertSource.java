package dev.quiver.grammar.ast;

import dev.quiver.grammar.expr.Expression;
import java.util.List;

/** Where the rows of an INSERT or UPSERT come from. */
public sealed interface InsertSource permits InsertSource.Values, InsertSource.Rows {

    /**
     * {@code [(columns)] VALUES (v, ...), (v, ...)}: {@code columns} is empty when no column list was written
     * (values then follow the schema's field order); every row has the same number of values, equal to the
     * number of columns when there are columns.
     */
    record Values(List<String> columns, List<List<Expression>> rows) implements InsertSource {
        public Values {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /**
     * {@code ROWS {json}, {json}}: each row is an {@link dev.quiver.grammar.expr.ObjectLiteral} or a
     * {@link dev.quiver.grammar.expr.Parameter} standing for one JSON object.
     */
    record Rows(List<Expression> rows) implements InsertSource {
        public Rows {
            rows = List.copyOf(rows);
        }
    }
}
