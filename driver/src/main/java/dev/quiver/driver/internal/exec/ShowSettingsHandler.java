package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.ShowSettings;
import java.util.ArrayList;
import java.util.List;

/** {@code SHOW SETTINGS}: one row per setting: {@code name}, {@code value} ({@code ""} when unset). */
final class ShowSettingsHandler implements StatementHandler<ShowSettings> {
    static final List<Column> COLUMNS = List.of(Column.of("name", ColumnType.VARCHAR), Column.of("value", ColumnType.VARCHAR));

    @Override
    public Class<ShowSettings> statementType() {
        return ShowSettings.class;
    }

    @Override
    public ExecutionResult execute(ShowSettings statement, ExecutionContext context) {
        List<Object[]> rows = new ArrayList<>();
        context.settings().describe().forEach((k, v) -> rows.add(new Object[] {k, v}));
        return ExecutionResult.rows("SHOW SETTINGS", RowSource.of(COLUMNS, rows));
    }
}
