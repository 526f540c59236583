package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.Compact;
import dev.quiver.grammar.ast.ShowCompactionState;
import dev.quiver.grammar.ast.ShowSegments;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.GetCompactionStateRequest;
import dev.quiver.proto.milvus.GetCompactionStateResponse;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoRequest;
import dev.quiver.proto.milvus.GetQuerySegmentInfoRequest;
import dev.quiver.proto.milvus.ManualCompactionRequest;
import dev.quiver.proto.milvus.ManualCompactionResponse;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.PersistentSegmentInfo;
import dev.quiver.proto.milvus.QuerySegmentInfo;
import dev.quiver.proto.milvus.SegmentState;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** COMPACT c [CLUSTERING], SHOW COMPACTION STATE id, SHOW SEGMENTS FROM c. */
final class CompactionHandlers {
    private CompactionHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new Start(), new State(), new Segments());
    }

    /** COMPACT c [CLUSTERING] → DescribeCollection (for the id) + ManualCompaction(majorCompaction = CLUSTERING). */
    static final class Start implements StatementHandler<Compact>, Planner<Compact> {
        @Override
        public Class<Compact> statementType() {
            return Compact.class;
        }

        private static ManualCompactionRequest request(Compact s, ExecutionContext context, long collectionId) {
            return ManualCompactionRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .setCollectionID(collectionId).setMajorCompaction(s.clustering()).build();
        }

        @Override
        public List<PlannedCall> plan(Compact s, ExecutionContext context) {
            return List.of(PlannedCall.of(MilvusServiceGrpc.getDescribeCollectionMethod(), DescribeCollectionRequest
                            .newBuilder().setDbName(context.database()).setCollectionName(s.collection()).build()),
                    new PlannedCall(MilvusServiceGrpc.getManualCompactionMethod(), request(s, context, 0),
                            "collectionID from the DescribeCollection response"));
        }

        @Override
        public ExecutionResult execute(Compact s, ExecutionContext context) throws SQLException {
            long id = context.describeCollection(s.collection()).getCollectionID();
            ManualCompactionResponse r = context.call(MilvusServiceGrpc.getManualCompactionMethod(), request(s, context, id));
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("compaction_id", r.getCompactionID());
            d.put("plan_count", r.getCompactionPlanCount());
            return ExecutionResult.update(0, s.clustering() ? "COMPACT CLUSTERING" : "COMPACT", d);
        }
    }

    /** SHOW COMPACTION STATE id → GetCompactionState. */
    static final class State extends SingleRpcHandler<ShowCompactionState, GetCompactionStateRequest, GetCompactionStateResponse> {
        static final List<Column> COLUMNS = List.of(Results.bigint("compaction_id"), Results.text("state"),
                Results.bigint("executing_plans"), Results.bigint("completed_plans"), Results.bigint("failed_plans"),
                Results.bigint("timeout_plans"));

        State() {
            super(ShowCompactionState.class);
        }

        @Override
        MethodDescriptor<GetCompactionStateRequest, GetCompactionStateResponse> method() {
            return MilvusServiceGrpc.getGetCompactionStateMethod();
        }

        @Override
        GetCompactionStateRequest request(ShowCompactionState s, ExecutionContext context) throws SQLException {
            return GetCompactionStateRequest.newBuilder().setCompactionID(Values.toLong(context.bound(s.compactionId()), "the compaction id"))
                    .build();
        }

        @Override
        ExecutionResult result(ShowCompactionState s, GetCompactionStateResponse r, ExecutionContext context)
                throws SQLException {
            String state = switch (r.getState()) {
                case Executing -> "Executing";
                case Completed -> "Completed";
                default -> "Undefined";
            };
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {Values.toLong(context.bound(s.compactionId()), "the compaction id"), state, r.getExecutingPlanNo(),
                    r.getCompletedPlanNo(), r.getFailedPlanNo(), r.getTimeoutPlanNo()});
            return Results.rows("SHOW COMPACTION STATE", COLUMNS, rows);
        }
    }

    /** SHOW SEGMENTS FROM c → GetPersistentSegmentInfo + GetQuerySegmentInfo, merged by segment id. */
    static final class Segments implements StatementHandler<ShowSegments>, Planner<ShowSegments> {
        static final List<Column> COLUMNS = List.of(Results.bigint("segment_id"), Results.bigint("partition_id"),
                Results.text("state"), Results.text("level"), Results.bigint("rows"), Results.bool("loaded"));

        @Override
        public Class<ShowSegments> statementType() {
            return ShowSegments.class;
        }

        private static GetPersistentSegmentInfoRequest persistent(ShowSegments s, ExecutionContext context) {
            return GetPersistentSegmentInfoRequest.newBuilder().setDbName(context.database())
                    .setCollectionName(s.collection()).build();
        }

        private static GetQuerySegmentInfoRequest query(ShowSegments s, ExecutionContext context) {
            return GetQuerySegmentInfoRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .build();
        }

        @Override
        public List<PlannedCall> plan(ShowSegments s, ExecutionContext context) {
            return List.of(PlannedCall.of(MilvusServiceGrpc.getGetPersistentSegmentInfoMethod(), persistent(s, context)),
                    new PlannedCall(MilvusServiceGrpc.getGetQuerySegmentInfoMethod(), query(s, context),
                            "an error here (collection not loaded) means no segment is loaded"));
        }

        @Override
        public ExecutionResult execute(ShowSegments s, ExecutionContext context) throws SQLException {
            List<PersistentSegmentInfo> stored = context.call(MilvusServiceGrpc.getGetPersistentSegmentInfoMethod(),
                    persistent(s, context)).getInfosList();
            var queryResponse = context.callRaw(MilvusServiceGrpc.getGetQuerySegmentInfoMethod(), query(s, context));
            Map<Long, QuerySegmentInfo> loaded = new HashMap<>();
            if (queryResponse.getStatus().getCode() == 0) {
                for (QuerySegmentInfo q : queryResponse.getInfosList()) {
                    loaded.put(q.getSegmentID(), q);
                }
            }
            Map<Long, Object[]> rows = new LinkedHashMap<>();
            for (PersistentSegmentInfo p : stored) {
                rows.put(p.getSegmentID(), new Object[] {p.getSegmentID(), p.getPartitionID(), state(p.getState()),
                        p.getLevel().name(), p.getNumRows(), loaded.containsKey(p.getSegmentID())});
            }
            for (QuerySegmentInfo q : loaded.values()) {
                rows.putIfAbsent(q.getSegmentID(), new Object[] {q.getSegmentID(), q.getPartitionID(), state(q.getState()),
                        q.getLevel().name(), q.getNumRows(), true});
            }
            return Results.rows("SHOW SEGMENTS", COLUMNS, new ArrayList<>(rows.values()));
        }

        static String state(SegmentState state) {
            String n = state.name();
            return n.startsWith("SegmentState") ? n.substring("SegmentState".length()) : n;
        }
    }
}
