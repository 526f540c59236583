package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.ShowVersion;
import dev.quiver.proto.milvus.GetVersionRequest;
import dev.quiver.proto.milvus.GetVersionResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;
import java.util.List;

/** {@code SHOW VERSION} → GetVersion; one row, column {@code version}. */
final class ShowVersionHandler implements StatementHandler<ShowVersion> {
    static final List<Column> COLUMNS = List.of(Column.of("version", ColumnType.VARCHAR));

    @Override
    public Class<ShowVersion> statementType() {
        return ShowVersion.class;
    }

    @Override
    public ExecutionResult execute(ShowVersion statement, ExecutionContext context) throws SQLException {
        GetVersionResponse response = context.call(MilvusServiceGrpc.getGetVersionMethod(),
                GetVersionRequest.getDefaultInstance());
        return ExecutionResult.rows("SHOW VERSION", RowSource.of(COLUMNS, List.<Object[]>of(new Object[] {response.getVersion()})));
    }
}
