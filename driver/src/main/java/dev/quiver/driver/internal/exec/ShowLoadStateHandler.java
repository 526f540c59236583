package dev.quiver.driver.internal.exec;

import dev.quiver.grammar.ast.ShowLoadState;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.GetLoadingProgressRequest;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code SHOW LOAD STATE OF c [PARTITION p, ...]} → GetLoadState, plus GetLoadingProgress while Loading. One row:
 * {@code collection}, {@code partitions} (comma-separated, null for the whole collection), {@code state}
 * ({@code NotExist | NotLoad | Loading | Loaded}) and {@code progress} (0–100).
 */
final class ShowLoadStateHandler implements StatementHandler<ShowLoadState> {
    static final List<Column> COLUMNS = List.of(Column.of("collection", ColumnType.VARCHAR),
            Column.of("partitions", ColumnType.VARCHAR), Column.of("state", ColumnType.VARCHAR),
            Column.of("progress", ColumnType.BIGINT));

    @Override
    public Class<ShowLoadState> statementType() {
        return ShowLoadState.class;
    }

    @Override
    public ExecutionResult execute(ShowLoadState statement, ExecutionContext context) throws SQLException {
        String db = context.database();
        LoadState state = context.call(MilvusServiceGrpc.getGetLoadStateMethod(), GetLoadStateRequest.newBuilder()
                .setDbName(db).setCollectionName(statement.collection())
                .addAllPartitionNames(statement.partitions()).build()).getState();
        long progress = switch (state) {
            case LoadStateLoaded -> 100;
            case LoadStateLoading -> context.call(MilvusServiceGrpc.getGetLoadingProgressMethod(),
                    GetLoadingProgressRequest.newBuilder().setDbName(db).setCollectionName(statement.collection())
                            .addAllPartitionNames(statement.partitions()).build()).getProgress();
            default -> 0;
        };
        String name = ExecutionResult.loadStateName(state);
        Object[] row = {statement.collection(),
                statement.partitions().isEmpty() ? null : String.join(",", statement.partitions()), name, progress};
        return ExecutionResult.rows("SHOW LOAD STATE", RowSource.of(COLUMNS, List.<Object[]>of(row)));
    }
}
