package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.RowSource;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for SHOW/DESCRIBE results and load state names. */
final class Results {
    private Results() {
    }

    static Column text(String name) {
        return Column.of(name, ColumnType.VARCHAR);
    }

    static Column bigint(String name) {
        return Column.of(name, ColumnType.BIGINT);
    }

    static Column bool(String name) {
        return Column.of(name, ColumnType.BOOLEAN);
    }

    static ExecutionResult rows(String tag, List<Column> columns, List<Object[]> rows) {
        return ExecutionResult.rows(tag, RowSource.of(columns, rows));
    }

    /** One text column, one row per value. */
    static ExecutionResult list(String tag, String column, List<String> values) {
        List<Object[]> rows = new ArrayList<>();
        for (String v : values) {
            rows.add(new Object[] {v});
        }
        return rows(tag, List.of(text(column)), rows);
    }
}
