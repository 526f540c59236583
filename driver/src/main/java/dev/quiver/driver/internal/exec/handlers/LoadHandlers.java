package dev.quiver.driver.internal.exec.handlers;

import com.google.protobuf.Message;
import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.LoadCollection;
import dev.quiver.grammar.ast.LoadPartitions;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.ReleaseCollection;
import dev.quiver.grammar.ast.ReleasePartitions;
import dev.quiver.grammar.ast.ShowLoadingProgress;
import dev.quiver.proto.milvus.GetLoadingProgressRequest;
import dev.quiver.proto.milvus.GetLoadingProgressResponse;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LoadPartitionsRequest;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.ReleaseCollectionRequest;
import dev.quiver.proto.milvus.ReleasePartitionsRequest;
import dev.quiver.proto.milvus.Status;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LOAD COLLECTION / LOAD PARTITIONS (WITH replicas, fields, refresh, resource_groups, skip_dynamic_field; waiting for
 * Loaded by polling GetLoadState unless NOWAIT or {@code SET load_wait = false}), RELEASE COLLECTION / PARTITIONS
 * (reporting the load state reached), SHOW LOADING PROGRESS.
 */
final class LoadHandlers {
    static final Set<String> LOAD_KEYS = Set.of("replicas", "replica_number", "fields", "load_fields", "refresh",
            "resource_groups", "skip_load_dynamic_field", "skip_dynamic_field");

    private LoadHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new LoadAll(), new LoadSome(), new ReleaseAll(), new ReleaseSome(), new Progress());
    }

    private record LoadOptions(int replicas, List<String> fields, boolean refresh, List<String> resourceGroups,
                               boolean skipDynamic) {}

    private static LoadOptions options(List<Property> properties, String where) throws SQLException {
        Props.checkKeys(properties, LOAD_KEYS, where);
        int replicas = 0;
        List<String> fields = List.of();
        boolean refresh = false;
        List<String> groups = List.of();
        boolean skip = false;
        for (Map.Entry<String, Property> e : Props.byKey(properties).entrySet()) {
            switch (e.getKey()) {
                case "replicas", "replica_number" -> replicas = (int) Props.integer(e.getValue());
                case "fields", "load_fields" -> fields = Props.list(e.getValue().value());
                case "refresh" -> refresh = Props.bool(e.getValue());
                case "resource_groups" -> groups = Props.list(e.getValue().value());
                default -> skip = Props.bool(e.getValue());
            }
        }
        return new LoadOptions(replicas, fields, refresh, groups, skip);
    }

    private static String tag(String verb, int count) {
        return verb + (count == 1 ? " PARTITION 1" : " PARTITIONS " + count);
    }

    private static Map<String, Object> details(LoadState state) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put(ExecutionResult.LOAD_STATE, ExecutionResult.loadStateName(state));
        return d;
    }

    /** LOAD COLLECTION c [WITH (...)] [NOWAIT] → LoadCollection (+ GetLoadState polling). */
    static final class LoadAll implements StatementHandler<LoadCollection>, Planner<LoadCollection> {
        @Override
        public Class<LoadCollection> statementType() {
            return LoadCollection.class;
        }

        private static LoadCollectionRequest request(LoadCollection s, ExecutionContext context) throws SQLException {
            LoadOptions o = options(context.bound(s.properties()), "LOAD COLLECTION");
            LoadCollectionRequest.Builder b = LoadCollectionRequest.newBuilder().setDbName(context.database())
                    .setCollectionName(s.collection()).setRefresh(o.refresh()).addAllLoadFields(o.fields())
                    .addAllResourceGroups(o.resourceGroups()).setSkipLoadDynamicField(o.skipDynamic());
            if (o.replicas() > 0) {
                b.setReplicaNumber(o.replicas());
            }
            return b.build();
        }

        @Override
        public List<PlannedCall> plan(LoadCollection s, ExecutionContext context) throws SQLException {
            return planLoad(MilvusServiceGrpc.getLoadCollectionMethod(), request(s, context), s.collection(), List.of(),
                    s.noWait(), context);
        }

        @Override
        public ExecutionResult execute(LoadCollection s, ExecutionContext context) throws SQLException {
            return load(MilvusServiceGrpc.getLoadCollectionMethod(), request(s, context), s.collection(), List.of(),
                    s.noWait(), "LOAD COLLECTION 1", context);
        }
    }

    /** LOAD PARTITION[S] p, q FROM c [WITH (...)] [NOWAIT] → LoadPartitions (+ GetLoadState polling). */
    static final class LoadSome implements StatementHandler<LoadPartitions>, Planner<LoadPartitions> {
        @Override
        public Class<LoadPartitions> statementType() {
            return LoadPartitions.class;
        }

        private static LoadPartitionsRequest request(LoadPartitions s, ExecutionContext context) throws SQLException {
            LoadOptions o = options(context.bound(s.properties()), "LOAD PARTITIONS");
            LoadPartitionsRequest.Builder b = LoadPartitionsRequest.newBuilder().setDbName(context.database())
                    .setCollectionName(s.collection()).addAllPartitionNames(s.partitions()).setRefresh(o.refresh())
                    .addAllLoadFields(o.fields()).addAllResourceGroups(o.resourceGroups())
                    .setSkipLoadDynamicField(o.skipDynamic());
            if (o.replicas() > 0) {
                b.setReplicaNumber(o.replicas());
            }
            return b.build();
        }

        @Override
        public List<PlannedCall> plan(LoadPartitions s, ExecutionContext context) throws SQLException {
            return planLoad(MilvusServiceGrpc.getLoadPartitionsMethod(), request(s, context), s.collection(),
                    s.partitions(), s.noWait(), context);
        }

        @Override
        public ExecutionResult execute(LoadPartitions s, ExecutionContext context) throws SQLException {
            return load(MilvusServiceGrpc.getLoadPartitionsMethod(), request(s, context), s.collection(), s.partitions(),
                    s.noWait(), tag("LOAD", s.partitions().size()), context);
        }
    }

    /** The calls of a LOAD: the load request, then GetLoadState polling unless NOWAIT or {@code load_wait} is off. */
    private static <Q extends Message> List<PlannedCall> planLoad(MethodDescriptor<Q, Status> method, Q request,
                                                                  String collection, List<String> partitions,
                                                                  boolean noWait, ExecutionContext context) {
        List<PlannedCall> calls = new ArrayList<>();
        calls.add(PlannedCall.of(method, request));
        if (!noWait && context.loadWait()) {
            calls.add(new PlannedCall(MilvusServiceGrpc.getGetLoadStateMethod(), LoadWaiter.request(context,
                    collection, partitions), "repeated with back-off until Loaded"));
        }
        return calls;
    }

    /** Sends the load request and waits until Loaded (unless NOWAIT or {@code load_wait} is off); details: the state. */
    private static <Q> ExecutionResult load(MethodDescriptor<Q, Status> method, Q request, String collection,
                                            List<String> partitions, boolean noWait, String tag,
                                            ExecutionContext context) throws SQLException {
        context.call(method, request);
        LoadState state = !noWait && context.loadWait() ? LoadWaiter.waitLoaded(context, collection, partitions)
                : LoadWaiter.state(context, collection, partitions);
        return ExecutionResult.update(0, tag, details(state));
    }

    /** RELEASE COLLECTION c → ReleaseCollection; details: the load state reached. */
    static final class ReleaseAll extends SingleRpcHandler<ReleaseCollection, ReleaseCollectionRequest, Status> {
        ReleaseAll() {
            super(ReleaseCollection.class);
        }

        @Override
        MethodDescriptor<ReleaseCollectionRequest, Status> method() {
            return MilvusServiceGrpc.getReleaseCollectionMethod();
        }

        @Override
        ReleaseCollectionRequest request(ReleaseCollection s, ExecutionContext context) {
            return ReleaseCollectionRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection()).build();
        }

        @Override
        ExecutionResult result(ReleaseCollection s, Status response, ExecutionContext context) throws SQLException {
            return ExecutionResult.update(0, "RELEASE COLLECTION 1",
                    details(LoadWaiter.state(context, s.collection(), List.of())));
        }
    }

    /** RELEASE PARTITION[S] p, q FROM c → ReleasePartitions; details: the partitions' and the collection's state. */
    static final class ReleaseSome extends SingleRpcHandler<ReleasePartitions, ReleasePartitionsRequest, Status> {
        ReleaseSome() {
            super(ReleasePartitions.class);
        }

        @Override
        MethodDescriptor<ReleasePartitionsRequest, Status> method() {
            return MilvusServiceGrpc.getReleasePartitionsMethod();
        }

        @Override
        ReleasePartitionsRequest request(ReleasePartitions s, ExecutionContext context) {
            return ReleasePartitionsRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .addAllPartitionNames(s.partitions()).build();
        }

        @Override
        ExecutionResult result(ReleasePartitions s, Status response, ExecutionContext context) throws SQLException {
            Map<String, Object> d = details(LoadWaiter.state(context, s.collection(), s.partitions()));
            d.put("collection_load_state", ExecutionResult.loadStateName(LoadWaiter.state(context, s.collection(), List.of())));
            return ExecutionResult.update(0, tag("RELEASE", s.partitions().size()), d);
        }
    }

    /** SHOW LOADING PROGRESS OF c [PARTITIONS ...] → GetLoadingProgress. */
    static final class Progress extends SingleRpcHandler<ShowLoadingProgress, GetLoadingProgressRequest, GetLoadingProgressResponse> {
        static final List<Column> COLUMNS = List.of(Results.text("collection"), Results.text("partitions"),
                Results.bigint("progress"), Results.bigint("refresh_progress"));

        Progress() {
            super(ShowLoadingProgress.class);
        }

        @Override
        MethodDescriptor<GetLoadingProgressRequest, GetLoadingProgressResponse> method() {
            return MilvusServiceGrpc.getGetLoadingProgressMethod();
        }

        @Override
        GetLoadingProgressRequest request(ShowLoadingProgress s, ExecutionContext context) {
            return GetLoadingProgressRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .addAllPartitionNames(s.partitions()).build();
        }

        @Override
        ExecutionResult result(ShowLoadingProgress s, GetLoadingProgressResponse r, ExecutionContext context) {
            List<Object[]> rows = new ArrayList<>();
            rows.add(new Object[] {s.collection(), s.partitions().isEmpty() ? null : String.join(",", s.partitions()),
                    r.getProgress(), r.getRefreshProgress()});
            return Results.rows("SHOW LOADING PROGRESS", COLUMNS, rows);
        }
    }
}
