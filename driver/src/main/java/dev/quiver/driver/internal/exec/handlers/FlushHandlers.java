package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.WaitProgress;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.Flush;
import dev.quiver.grammar.ast.FlushAll;
import dev.quiver.grammar.ast.FlushPartition;
import dev.quiver.grammar.ast.ShowFlushAllState;
import dev.quiver.grammar.ast.ShowFlushState;
import dev.quiver.proto.milvus.FlushAllRequest;
import dev.quiver.proto.milvus.FlushAllResponse;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.FlushResponse;
import dev.quiver.proto.milvus.GetFlushAllStateRequest;
import dev.quiver.proto.milvus.GetFlushAllStateResponse;
import dev.quiver.proto.milvus.GetFlushStateRequest;
import dev.quiver.proto.milvus.GetFlushStateResponse;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * FLUSH c[, c2] / FLUSH PARTITION p FROM c / FLUSH ALL, waiting (unless NOWAIT or {@code SET flush_wait = false}) by
 * polling GetFlushState with the sealed segment ids, the flush timestamp, the collection and the database, or
 * GetFlushAllState with the flush-all timestamp, with back-off inside the statement's deadline (reference §1.4).
 * Details: {@code sealed_segment_ids} and {@code flush_ts} per collection, {@code flushed_segment_ids},
 * {@code seal_times}; {@code flush_all_ts} for FLUSH ALL. Also SHOW FLUSH STATE and SHOW FLUSH ALL STATE.
 */
final class FlushHandlers {
    private FlushHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new Collections(), new Partition(), new All(), new State(), new AllState());
    }

    static FlushRequest flushRequest(ExecutionContext context, List<String> collections) throws SQLException {
        if (collections.isEmpty()) {
            throw SqlExceptions.invalidValue("FLUSH needs at least one collection");
        }
        List<String> unique = new ArrayList<>(new LinkedHashSet<>(collections));
        return FlushRequest.newBuilder().setDbName(context.database()).addAllCollectionNames(unique).build();
    }

    static GetFlushStateRequest stateRequest(ExecutionContext context, String collection, List<Long> segments, long ts) {
        return GetFlushStateRequest.newBuilder().addAllSegmentIDs(segments).setFlushTs(ts).setDbName(context.database())
                .setCollectionName(collection).build();
    }

    /** Flushes, waits unless told not to, and returns the details. */
    static ExecutionResult flush(ExecutionContext context, List<String> collections, boolean noWait,
                                 Map<String, Object> extra) throws SQLException {
        FlushRequest request = flushRequest(context, collections);
        FlushResponse r = context.call(MilvusServiceGrpc.getFlushMethod(), request);
        Map<String, List<Long>> sealed = new LinkedHashMap<>();
        Map<String, List<Long>> flushed = new LinkedHashMap<>();
        Map<String, Long> flushTs = new LinkedHashMap<>();
        Map<String, Long> sealTimes = new LinkedHashMap<>();
        for (String c : request.getCollectionNamesList()) {
            sealed.put(c, List.copyOf(r.getCollSegIDsOrDefault(c, LongArray.getDefaultInstance()).getDataList()));
            flushed.put(c, List.copyOf(r.getFlushCollSegIDsOrDefault(c, LongArray.getDefaultInstance()).getDataList()));
            flushTs.put(c, r.getCollFlushTsOrDefault(c, 0L));
            sealTimes.put(c, r.getCollSealTimesOrDefault(c, 0L));
        }
        boolean wait = !noWait && context.flushWait();
        if (wait) {
            List<String> names = request.getCollectionNamesList();
            for (int i = 0; i < names.size(); i++) {
                String c = names.get(i);
                long ts = Objects.requireNonNull(flushTs.get(c), "flushTs holds every collection");
                String what = "collection " + c + " to flush (flush_ts " + ts + ")";
                context.waitProgress(what, i, names.size(), WaitProgress.Unit.COLLECTIONS);
                GetFlushStateRequest state = stateRequest(context, c,
                        Objects.requireNonNull(sealed.get(c), "sealed holds every collection"), ts);
                context.waitUntil(what, () -> context.call(MilvusServiceGrpc.getGetFlushStateMethod(), state),
                        GetFlushStateResponse::getFlushed);
                context.waitProgress(what, i + 1, names.size(), WaitProgress.Unit.COLLECTIONS);
            }
        }
        Map<String, Object> details = new LinkedHashMap<>(extra);
        details.put(ExecutionResult.SEALED_SEGMENT_IDS, sealed);
        details.put(ExecutionResult.FLUSH_TS, flushTs);
        details.put("flushed_segment_ids", flushed);
        details.put("seal_times", sealTimes);
        details.put("flushed", wait);
        return ExecutionResult.update(0, "FLUSH " + sealed.size(), details);
    }

    static List<PlannedCall> plan(ExecutionContext context, List<String> collections, boolean noWait) throws SQLException {
        FlushRequest request = flushRequest(context, collections);
        List<PlannedCall> calls = new ArrayList<>();
        calls.add(PlannedCall.of(MilvusServiceGrpc.getFlushMethod(), request));
        if (!noWait && context.flushWait()) {
            for (String c : request.getCollectionNamesList()) {
                calls.add(new PlannedCall(MilvusServiceGrpc.getGetFlushStateMethod(), stateRequest(context, c, List.of(), 0),
                        "segmentIDs and flush_ts from the Flush response; repeated with back-off until flushed"));
            }
        }
        return calls;
    }

    /** FLUSH [COLLECTION] c [, c2 ...] [NOWAIT]. */
    static final class Collections implements StatementHandler<Flush>, Planner<Flush> {
        @Override
        public Class<Flush> statementType() {
            return Flush.class;
        }

        @Override
        public List<PlannedCall> plan(Flush s, ExecutionContext context) throws SQLException {
            return FlushHandlers.plan(context, s.collections(), s.noWait());
        }

        @Override
        public ExecutionResult execute(Flush s, ExecutionContext context) throws SQLException {
            return flush(context, s.collections(), s.noWait(), Map.of());
        }
    }

    /** FLUSH PARTITION p FROM c [NOWAIT]: HasPartition (a missing partition is an error), then the collection's flush. */
    static final class Partition implements StatementHandler<FlushPartition>, Planner<FlushPartition> {
        @Override
        public Class<FlushPartition> statementType() {
            return FlushPartition.class;
        }

        @Override
        public List<PlannedCall> plan(FlushPartition s, ExecutionContext context) throws SQLException {
            List<PlannedCall> calls = new ArrayList<>();
            calls.add(new PlannedCall(MilvusServiceGrpc.getHasPartitionMethod(), Checks.hasPartitionRequest(context,
                    s.collection(), s.partition()), "fails when the partition does not exist; Milvus flushes per collection"));
            calls.addAll(FlushHandlers.plan(context, List.of(s.collection()), s.noWait()));
            return calls;
        }

        @Override
        public ExecutionResult execute(FlushPartition s, ExecutionContext context) throws SQLException {
            if (!Checks.hasPartition(context, s.collection(), s.partition())) {
                throw Checks.partitionNotFound(s.collection(), s.partition());
            }
            return flush(context, List.of(s.collection()), s.noWait(), Map.of("partition", s.partition()));
        }
    }

    /** FLUSH ALL [NOWAIT] → FlushAll, then GetFlushAllState(flush_all_ts) until flushed. */
    static final class All implements StatementHandler<FlushAll>, Planner<FlushAll> {
        @Override
        public Class<FlushAll> statementType() {
            return FlushAll.class;
        }

        @Override
        public List<PlannedCall> plan(FlushAll s, ExecutionContext context) {
            List<PlannedCall> calls = new ArrayList<>();
            calls.add(new PlannedCall(MilvusServiceGrpc.getFlushAllMethod(), FlushAllRequest.getDefaultInstance(),
                    "every collection of every database"));
            if (!s.noWait() && context.flushWait()) {
                calls.add(new PlannedCall(MilvusServiceGrpc.getGetFlushAllStateMethod(),
                        GetFlushAllStateRequest.getDefaultInstance(),
                        "flush_all_ts from the FlushAll response; repeated with back-off until flushed"));
            }
            return calls;
        }

        @Override
        @SuppressWarnings("deprecation")
        public ExecutionResult execute(FlushAll s, ExecutionContext context) throws SQLException {
            FlushAllResponse r = context.call(MilvusServiceGrpc.getFlushAllMethod(), FlushAllRequest.getDefaultInstance());
            long ts = r.getFlushAllTs();
            boolean wait = !s.noWait() && context.flushWait();
            if (wait) {
                GetFlushAllStateRequest state = GetFlushAllStateRequest.newBuilder().setFlushAllTs(ts).build();
                String what = "every collection to flush (flush_all_ts " + ts + ")";
                context.waitUntil(what, () -> {
                    GetFlushAllStateResponse polled =
                            context.call(MilvusServiceGrpc.getGetFlushAllStateMethod(), state);
                    reportFlushAll(context, what, polled);
                    return polled;
                }, GetFlushAllStateResponse::getFlushed);
            }
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("flush_all_ts", ts);
            details.put("flushed", wait);
            return ExecutionResult.update(0, "FLUSH ALL", details);
        }
    }

    /**
     * Collections flushed of those GetFlushAllState lists in its (deprecated) per-database {@code flush_states};
     * Milvus 2.6 answers with {@code flushed} alone, and then only the end is known: 1 of 1 once flushed.
     */
    @SuppressWarnings("deprecation")
    private static void reportFlushAll(ExecutionContext context, String what, GetFlushAllStateResponse polled) {
        long total = 0;
        long done = 0;
        for (dev.quiver.proto.milvus.FlushAllState db : polled.getFlushStatesList()) {
            for (boolean flushed : db.getCollectionFlushStatesMap().values()) {
                total++;
                done += flushed ? 1 : 0;
            }
        }
        if (total == 0) {
            total = polled.getFlushed() ? 1 : 0;
            done = total;
        }
        context.waitProgress(what, done, total, WaitProgress.Unit.COLLECTIONS);
    }

    static final List<Column> STATE_COLUMNS = List.of(Results.text("collection"), Results.bigint("flush_ts"),
            Results.bool("flushed"));

    /** SHOW FLUSH STATE OF c AT ts → GetFlushState(flush_ts, collection, database). */
    static final class State extends SingleRpcHandler<ShowFlushState, GetFlushStateRequest, GetFlushStateResponse> {
        State() {
            super(ShowFlushState.class);
        }

        @Override
        MethodDescriptor<GetFlushStateRequest, GetFlushStateResponse> method() {
            return MilvusServiceGrpc.getGetFlushStateMethod();
        }

        @Override
        GetFlushStateRequest request(ShowFlushState s, ExecutionContext context) throws SQLException {
            return stateRequest(context, s.collection(), List.of(), Values.toLong(context.bound(s.flushTimestamp()), "the flush timestamp"));
        }

        @Override
        ExecutionResult result(ShowFlushState s, GetFlushStateResponse r, ExecutionContext context) throws SQLException {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {s.collection(), Values.toLong(context.bound(s.flushTimestamp()), "the flush timestamp"), r.getFlushed()});
            return Results.rows("SHOW FLUSH STATE", STATE_COLUMNS, rows);
        }
    }

    /** SHOW FLUSH ALL STATE AT ts → GetFlushAllState(flush_all_ts). */
    static final class AllState extends SingleRpcHandler<ShowFlushAllState, GetFlushAllStateRequest, GetFlushAllStateResponse> {
        AllState() {
            super(ShowFlushAllState.class);
        }

        @Override
        MethodDescriptor<GetFlushAllStateRequest, GetFlushAllStateResponse> method() {
            return MilvusServiceGrpc.getGetFlushAllStateMethod();
        }

        @Override
        @SuppressWarnings("deprecation")
        GetFlushAllStateRequest request(ShowFlushAllState s, ExecutionContext context) throws SQLException {
            return GetFlushAllStateRequest.newBuilder()
                    .setFlushAllTs(Values.toLong(context.bound(s.flushAllTimestamp()), "the flush-all timestamp")).build();
        }

        @Override
        ExecutionResult result(ShowFlushAllState s, GetFlushAllStateResponse r, ExecutionContext context) throws SQLException {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {Values.toLong(context.bound(s.flushAllTimestamp()), "the flush-all timestamp"), r.getFlushed()});
            return Results.rows("SHOW FLUSH ALL STATE", List.of(Results.bigint("flush_all_ts"), Results.bool("flushed")), rows);
        }
    }
}
