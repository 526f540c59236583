package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.WaitProgress;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.AlterIndex;
import dev.quiver.grammar.ast.CreateIndex;
import dev.quiver.grammar.ast.DescribeIndex;
import dev.quiver.grammar.ast.DropIndex;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.ShowIndexes;
import dev.quiver.proto.milvus.AlterIndexRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DescribeIndexRequest;
import dev.quiver.proto.milvus.DescribeIndexResponse;
import dev.quiver.proto.milvus.DropIndexRequest;
import dev.quiver.proto.milvus.IndexDescription;
import dev.quiver.proto.milvus.IndexState;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.Status;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Index statements: CREATE INDEX (waits for Finished unless NOWAIT), DROP INDEX, SHOW INDEXES, DESCRIBE INDEX. */
final class IndexHandlers {
    private static final int INDEX_NOT_FOUND = 700;

    private IndexHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new Create(), new Drop(), new Alter(), new Show(), new Describe());
    }

    static DescribeIndexRequest describeRequest(ExecutionContext context, String collection, String indexName) {
        return DescribeIndexRequest.newBuilder().setDbName(context.database()).setCollectionName(collection)
                .setIndexName(indexName).build();
    }

    /** The collection's indexes (all when {@code indexName} is empty); none when Milvus answers "index not found". */
    static List<IndexDescription> describe(ExecutionContext context, String collection, String indexName) throws SQLException {
        DescribeIndexResponse r = context.callRaw(MilvusServiceGrpc.getDescribeIndexMethod(),
                describeRequest(context, collection, indexName));
        Status status = r.getStatus();
        if (status.getCode() == INDEX_NOT_FOUND) {
            return List.of();
        }
        @SuppressWarnings("deprecation")
        int legacy = status.getErrorCodeValue();
        if (status.getCode() != 0 || legacy != 0) {
            throw SqlExceptions.fromStatus(status, "DescribeIndex");
        }
        return r.getIndexDescriptionsList();
    }

    static String param(IndexDescription d, String key) {
        for (KeyValuePair kv : d.getParamsList()) {
            if (kv.getKey().equals(key)) {
                return kv.getValue();
            }
        }
        return "";
    }

    static String stateName(IndexState state) {
        return switch (state) {
            case Finished -> "Finished";
            case InProgress -> "InProgress";
            case Unissued -> "Unissued";
            case Failed -> "Failed";
            case Retry -> "Retry";
            default -> "None";
        };
    }

    /** CREATE INDEX [IF NOT EXISTS] [name] ON c (field) [USING type] [WITH (...)] [NOWAIT] → CreateIndex (+ DescribeIndex polling). */
    static final class Create implements StatementHandler<CreateIndex>, Planner<CreateIndex> {
        @Override
        public Class<CreateIndex> statementType() {
            return CreateIndex.class;
        }

        static CreateIndexRequest request(CreateIndex s, ExecutionContext context) throws SQLException {
            CreateIndexRequest.Builder b = CreateIndexRequest.newBuilder().setDbName(context.database())
                    .setCollectionName(s.collection()).setFieldName(s.field());
            if (s.name() != null) {
                b.setIndexName(s.name());
            }
            List<Property> properties = context.bound(s.properties());
            Map<String, Property> props = Props.byKey(properties);
            Property typeProp = props.get("index_type");
            if (typeProp != null && s.indexType() != null) {
                throw SqlExceptions.invalidValue("the index type is given twice: USING " + s.indexType() + " and index_type");
            }
            String type = s.indexType() != null ? s.indexType().toUpperCase(Locale.ROOT)
                    : typeProp != null ? Props.text(typeProp.value()) : "AUTOINDEX";
            b.addExtraParams(Props.kv("index_type", type));
            for (Property p : properties) {
                String key = p.key().toLowerCase(Locale.ROOT);
                if (key.equals("index_type")) {
                    continue;
                }
                String value = Props.text(p.value());
                b.addExtraParams(Props.kv(key.equals("metric_type") ? "metric_type" : p.key(),
                        key.equals("metric_type") ? value.toUpperCase(Locale.ROOT) : value));
            }
            return b.build();
        }

        @Override
        public List<PlannedCall> plan(CreateIndex s, ExecutionContext context) throws SQLException {
            List<PlannedCall> calls = new ArrayList<>();
            if (s.ifNotExists()) {
                calls.add(new PlannedCall(MilvusServiceGrpc.getDescribeIndexMethod(), describeRequest(context,
                        s.collection(), ""), "IF NOT EXISTS: stop when the field or name already has an index"));
            }
            calls.add(PlannedCall.of(MilvusServiceGrpc.getCreateIndexMethod(), request(s, context)));
            if (!s.noWait()) {
                calls.add(new PlannedCall(MilvusServiceGrpc.getDescribeIndexMethod(), describeRequest(context,
                        s.collection(), s.name() == null ? "" : s.name()), "repeated with back-off until the state is Finished"));
            }
            return calls;
        }

        @Override
        public ExecutionResult execute(CreateIndex s, ExecutionContext context) throws SQLException {
            CreateIndexRequest request = request(s, context);
            if (s.ifNotExists()) {
                for (IndexDescription d : describe(context, s.collection(), "")) {
                    if (d.getFieldName().equals(s.field()) || (s.name() != null && d.getIndexName().equals(s.name()))) {
                        // Typed: NullAway 0.14.0 on JDK 17 crashes on the inferred intersection value type.
                        return ExecutionResult.update(0, "CREATE INDEX",
                                Map.<String, Object>of("existed", true, "index_name", d.getIndexName()));
                    }
                }
            }
            context.call(MilvusServiceGrpc.getCreateIndexMethod(), request);
            Map<String, Object> details = new LinkedHashMap<>();
            if (!s.noWait()) {
                String what = "index on " + s.collection() + "(" + s.field() + ") to build";
                IndexDescription done = context.<@Nullable IndexDescription>waitUntil(what, () -> {
                    IndexDescription d = find(context, s);
                    if (d != null) {
                        context.waitProgress(what, d.getIndexedRows(), d.getTotalRows(), WaitProgress.Unit.ROWS);
                    }
                    return d;
                }, d -> d != null && (d.getState() == IndexState.Finished || d.getState() == IndexState.Failed));
                Objects.requireNonNull(done, "the wait ends on a description");
                if (done.getState() == IndexState.Failed) {
                    throw SqlExceptions.create(dev.quiver.driver.MilvusSqlState.GENERAL_ERROR, "building the index on "
                            + s.collection() + "(" + s.field() + ") failed: " + done.getIndexStateFailReason(), 0, null);
                }
                details.put("index_name", done.getIndexName());
                details.put("state", stateName(done.getState()));
                details.put("indexed_rows", done.getIndexedRows());
            }
            return ExecutionResult.update(0, "CREATE INDEX", details);
        }

        private static @Nullable IndexDescription find(ExecutionContext context, CreateIndex s) throws SQLException {
            for (IndexDescription d : describe(context, s.collection(), "")) {
                if (s.name() != null ? d.getIndexName().equals(s.name()) : d.getFieldName().equals(s.field())) {
                    return d;
                }
            }
            return null;
        }
    }

    /** DROP INDEX name ON c → DropIndex. */
    static final class Drop extends SingleRpcHandler<DropIndex, DropIndexRequest, Status> {
        Drop() {
            super(DropIndex.class);
        }

        @Override
        MethodDescriptor<DropIndexRequest, Status> method() {
            return MilvusServiceGrpc.getDropIndexMethod();
        }

        @Override
        DropIndexRequest request(DropIndex s, ExecutionContext context) {
            return DropIndexRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .setIndexName(s.name()).build();
        }

        @Override
        ExecutionResult result(DropIndex s, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, "DROP INDEX");
        }
    }

    /** ALTER INDEX i ON c SET (...) | DROP PROPERTIES (...) → AlterIndex with extra_params or delete_keys. */
    static final class Alter extends SingleRpcHandler<AlterIndex, AlterIndexRequest, Status> {
        Alter() {
            super(AlterIndex.class);
        }

        @Override
        MethodDescriptor<AlterIndexRequest, Status> method() {
            return MilvusServiceGrpc.getAlterIndexMethod();
        }

        @Override
        AlterIndexRequest request(AlterIndex s, ExecutionContext context) throws SQLException {
            return AlterIndexRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                    .setIndexName(s.name()).addAllExtraParams(Props.pairs(context.bound(s.properties())))
                    .addAllDeleteKeys(s.dropKeys()).build();
        }

        @Override
        ExecutionResult result(AlterIndex s, Status response, ExecutionContext context) {
            return ExecutionResult.update(0, "ALTER INDEX");
        }
    }

    static final List<Column> COLUMNS = List.of(Results.text("index_name"), Results.text("field"),
            Results.text("index_type"), Results.text("metric_type"), Results.text("params"), Results.text("state"),
            Results.bigint("indexed_rows"), Results.bigint("total_rows"), Results.bigint("pending_rows"),
            Results.text("fail_reason"));

    static Object[] row(IndexDescription d) {
        StringBuilder params = new StringBuilder();
        for (KeyValuePair kv : d.getParamsList()) {
            if (!kv.getKey().equals("index_type") && !kv.getKey().equals("metric_type")) {
                if (params.length() > 0) {
                    params.append(", ");
                }
                params.append(kv.getKey()).append('=').append(kv.getValue());
            }
        }
        return new Object[] {d.getIndexName(), d.getFieldName(), param(d, "index_type"), param(d, "metric_type"),
                params.toString(), stateName(d.getState()), d.getIndexedRows(), d.getTotalRows(),
                d.getPendingIndexRows(), d.getIndexStateFailReason()};
    }

    /** SHOW INDEXES FROM c → DescribeIndex (all); one row per index. */
    static final class Show implements StatementHandler<ShowIndexes>, Planner<ShowIndexes> {
        @Override
        public Class<ShowIndexes> statementType() {
            return ShowIndexes.class;
        }

        @Override
        public List<PlannedCall> plan(ShowIndexes s, ExecutionContext context) {
            return List.of(PlannedCall.of(MilvusServiceGrpc.getDescribeIndexMethod(), describeRequest(context, s.collection(), "")));
        }

        @Override
        public ExecutionResult execute(ShowIndexes s, ExecutionContext context) throws SQLException {
            List<Object[]> rows = new ArrayList<>();
            for (IndexDescription d : describe(context, s.collection(), "")) {
                rows.add(row(d));
            }
            return Results.rows("SHOW INDEXES", COLUMNS, rows);
        }
    }

    /** DESCRIBE INDEX name ON c → DescribeIndex(name); state and indexed/total rows. */
    static final class Describe extends SingleRpcHandler<DescribeIndex, DescribeIndexRequest, DescribeIndexResponse> {
        Describe() {
            super(DescribeIndex.class);
        }

        @Override
        MethodDescriptor<DescribeIndexRequest, DescribeIndexResponse> method() {
            return MilvusServiceGrpc.getDescribeIndexMethod();
        }

        @Override
        DescribeIndexRequest request(DescribeIndex s, ExecutionContext context) {
            return describeRequest(context, s.collection(), s.name());
        }

        @Override
        ExecutionResult result(DescribeIndex s, DescribeIndexResponse response, ExecutionContext context) {
            List<Object[]> rows = new ArrayList<>();
            for (IndexDescription d : response.getIndexDescriptionsList()) {
                if (d.getIndexName().equals(s.name())) {
                    rows.add(row(d));
                }
            }
            return Results.rows("DESCRIBE INDEX", COLUMNS, rows);
        }
    }
}
