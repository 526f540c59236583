package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.ShowDatabases;
import dev.quiver.proto.milvus.ListDatabasesRequest;
import dev.quiver.proto.milvus.ListDatabasesResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;
import java.util.List;

/** {@code SHOW DATABASES} → ListDatabases; one row per database, column {@code database}, in the server's order. */
final class ShowDatabasesHandler implements StatementHandler<ShowDatabases> {
    static final List<Column> COLUMNS = List.of(Column.of("database", ColumnType.VARCHAR));

    @Override
    public Class<ShowDatabases> statementType() {
        return ShowDatabases.class;
    }

    @Override
    public ExecutionResult execute(ShowDatabases statement, ExecutionContext context) throws SQLException {
        ListDatabasesResponse response = context.call(MilvusServiceGrpc.getListDatabasesMethod(),
                ListDatabasesRequest.getDefaultInstance());
        List<Object[]> rows = response.getDbNamesList().stream().map(name -> new Object[] {name}).toList();
        return ExecutionResult.rows("SHOW DATABASES", RowSource.of(COLUMNS, rows));
    }
}
