package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.CreatePartition;
import dev.quiver.grammar.ast.DropPartition;
import dev.quiver.grammar.ast.ShowPartitions;
import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.DropPartitionRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.ShowPartitionsRequest;
import dev.quiver.proto.milvus.ShowPartitionsResponse;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Partition statements: CREATE [IF NOT EXISTS], DROP [IF EXISTS], SHOW PARTITIONS (with each partition's load state). */
final class PartitionHandlers {
    private PartitionHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new Create(), new Drop(), new Show());
    }

    /** CREATE PARTITION [IF NOT EXISTS] p IN c → [HasPartition] + CreatePartition. */
    static final class Create implements StatementHandler<CreatePartition>, Planner<CreatePartition> {
        @Override
        public Class<CreatePartition> statementType() {
            return CreatePartition.class;
        }

        private static CreatePartitionRequest request(CreatePartition s, ExecutionContext context) {
            return CreatePartitionRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .setPartitionName(s.partition()).build();
        }

        @Override
        public List<PlannedCall> plan(CreatePartition s, ExecutionContext context) {
            List<PlannedCall> calls = new ArrayList<>();
            if (s.ifNotExists()) {
                calls.add(new PlannedCall(MilvusServiceGrpc.getHasPartitionMethod(), Checks.hasPartitionRequest(context,
                        s.collection(), s.partition()), "IF NOT EXISTS: stop when it exists"));
            }
            calls.add(PlannedCall.of(MilvusServiceGrpc.getCreatePartitionMethod(), request(s, context)));
            return calls;
        }

        @Override
        public ExecutionResult execute(CreatePartition s, ExecutionContext context) throws SQLException {
            if (s.ifNotExists() && Checks.hasPartition(context, s.collection(), s.partition())) {
                return ExecutionResult.update(0, "CREATE PARTITION", Map.of("existed", true));
            }
            context.call(MilvusServiceGrpc.getCreatePartitionMethod(), request(s, context));
            return ExecutionResult.update(0, "CREATE PARTITION");
        }
    }

    /** DROP PARTITION [IF EXISTS] p FROM c → HasPartition + DropPartition (missing without IF EXISTS: an error). */
    static final class Drop implements StatementHandler<DropPartition>, Planner<DropPartition> {
        @Override
        public Class<DropPartition> statementType() {
            return DropPartition.class;
        }

        private static DropPartitionRequest request(DropPartition s, ExecutionContext context) {
            return DropPartitionRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .setPartitionName(s.partition()).build();
        }

        @Override
        public List<PlannedCall> plan(DropPartition s, ExecutionContext context) {
            return List.of(new PlannedCall(MilvusServiceGrpc.getHasPartitionMethod(), Checks.hasPartitionRequest(context,
                            s.collection(), s.partition()), s.ifExists() ? "IF EXISTS: stop when it does not exist"
                            : "fails when it does not exist"),
                    PlannedCall.of(MilvusServiceGrpc.getDropPartitionMethod(), request(s, context)));
        }

        @Override
        public ExecutionResult execute(DropPartition s, ExecutionContext context) throws SQLException {
            if (!Checks.hasPartition(context, s.collection(), s.partition())) {
                if (s.ifExists()) {
                    return ExecutionResult.update(0, "DROP PARTITION", Map.of("existed", false));
                }
                throw Checks.partitionNotFound(s.collection(), s.partition());
            }
            context.call(MilvusServiceGrpc.getDropPartitionMethod(), request(s, context));
            return ExecutionResult.update(0, "DROP PARTITION");
        }
    }

    /** SHOW PARTITIONS FROM c → ShowPartitions + one GetLoadState per partition. */
    static final class Show implements StatementHandler<ShowPartitions>, Planner<ShowPartitions> {
        static final List<Column> COLUMNS = List.of(Results.text("partition"), Results.bigint("id"),
                Results.text("load_state"));

        @Override
        public Class<ShowPartitions> statementType() {
            return ShowPartitions.class;
        }

        private static ShowPartitionsRequest request(ShowPartitions s, ExecutionContext context) {
            return ShowPartitionsRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection()).build();
        }

        @Override
        public List<PlannedCall> plan(ShowPartitions s, ExecutionContext context) {
            return List.of(PlannedCall.of(MilvusServiceGrpc.getShowPartitionsMethod(), request(s, context)),
                    new PlannedCall(MilvusServiceGrpc.getGetLoadStateMethod(), LoadWaiter.request(context, s.collection(),
                            List.of("<each partition>")), "once per partition"));
        }

        @Override
        public ExecutionResult execute(ShowPartitions s, ExecutionContext context) throws SQLException {
            ShowPartitionsResponse r = context.call(MilvusServiceGrpc.getShowPartitionsMethod(), request(s, context));
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < r.getPartitionNamesCount(); i++) {
                String name = r.getPartitionNames(i);
                String state = ExecutionResult.loadStateName(LoadWaiter.state(context, s.collection(), List.of(name)));
                rows.add(new Object[] {name, i < r.getPartitionIDsCount() ? r.getPartitionIDs(i) : null, state});
            }
            return Results.rows("SHOW PARTITIONS", COLUMNS, rows);
        }
    }
}
