package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.CreateCollectionQuick;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.ast.Property;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConsistencyLevel;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.CreateIndexRequest;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LoadState;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code CREATE COLLECTION c DIMENSION d [METRIC m]}, as pymilvus' quick create (reference §1.1): CreateCollection
 * ({@code id} INT64 primary key, {@code vector} FLOAT_VECTOR(d), dynamic field on, consistency Bounded) +
 * CreateIndex (AUTOINDEX, the metric, COSINE by default) + LoadCollection, then waits for Loaded (GetLoadState).
 * When a step after CreateCollection fails, the statement drops the collection it created (not one that existed
 * before it) and reports the failure, so a failed quick create leaves nothing behind.
 * WITH accepts description, consistency_level, shards, dynamic_field, primary_field, vector_field, id_type
 * ({@code int}/{@code string}), max_length, auto_id and collection properties.
 */
final class QuickCreateHandler implements StatementHandler<CreateCollectionQuick>, Planner<CreateCollectionQuick> {
    private record Requests(CreateCollectionRequest create, CreateIndexRequest index, LoadCollectionRequest load) {}

    @Override
    public Class<CreateCollectionQuick> statementType() {
        return CreateCollectionQuick.class;
    }

    private static Requests requests(CreateCollectionQuick s, ExecutionContext context) throws SQLException {
        if (s.dimension() <= 0) {
            throw SqlExceptions.invalidValue("DIMENSION must be positive, got " + s.dimension());
        }
        Map<String, Property> props = Props.byKey(context.bound(s.properties()));
        String pk = "id";
        String vector = "vector";
        boolean stringId = false;
        int maxLength = 65535;
        boolean autoId = false;
        List<Property> rest = new ArrayList<>();
        for (Map.Entry<String, Property> e : props.entrySet()) {
            Property p = e.getValue();
            switch (e.getKey()) {
                case "primary_field", "primary_field_name" -> pk = Props.text(p.value());
                case "vector_field", "vector_field_name" -> vector = Props.text(p.value());
                case "id_type" -> {
                    String t = Props.text(p.value()).toLowerCase(Locale.ROOT);
                    if (!t.equals("int") && !t.equals("string") && !t.equals("int64") && !t.equals("varchar")) {
                        throw SqlExceptions.invalidValue("id_type must be 'int' or 'string', got " + t);
                    }
                    stringId = t.equals("string") || t.equals("varchar");
                }
                case "max_length" -> maxLength = (int) Props.integer(p);
                case "auto_id" -> autoId = Props.bool(p);
                default -> rest.add(p);
            }
        }
        FieldSchema.Builder id = FieldSchema.newBuilder().setName(pk).setIsPrimaryKey(true).setAutoID(autoId)
                .setDataType(stringId ? DataType.VarChar : DataType.Int64);
        if (stringId) {
            id.addTypeParams(Props.kv("max_length", Integer.toString(maxLength)));
        }
        CollectionSchema.Builder schema = CollectionSchema.newBuilder().setName(s.name()).setEnableDynamicField(true)
                .addFields(id).addFields(FieldSchema.newBuilder().setName(vector).setDataType(DataType.FloatVector)
                        .addTypeParams(Props.kv("dim", Integer.toString(s.dimension()))));
        CreateCollectionRequest.Builder create = CreateCollectionRequest.newBuilder().setDbName(context.database())
                .setCollectionName(s.name()).setShardsNum(1).setConsistencyLevel(ConsistencyLevel.Bounded);
        CollectionSchemas.applyProperties(rest, schema, create, "CREATE COLLECTION " + s.name() + " DIMENSION");
        create.setSchema(schema.build().toByteString());
        Metric metric = s.metric() == null ? Metric.COSINE : s.metric();
        CreateIndexRequest index = CreateIndexRequest.newBuilder().setDbName(context.database())
                .setCollectionName(s.name()).setFieldName(vector).setIndexName(vector)
                .addExtraParams(Props.kv("index_type", "AUTOINDEX")).addExtraParams(Props.kv("metric_type", metric.name()))
                .build();
        LoadCollectionRequest load = LoadCollectionRequest.newBuilder().setDbName(context.database())
                .setCollectionName(s.name()).build();
        return new Requests(create.build(), index, load);
    }

    @Override
    public List<PlannedCall> plan(CreateCollectionQuick s, ExecutionContext context) throws SQLException {
        Requests r = requests(s, context);
        List<PlannedCall> calls = new ArrayList<>();
        calls.add(new PlannedCall(MilvusServiceGrpc.getHasCollectionMethod(), Checks.hasCollectionRequest(context, s.name()),
                s.ifNotExists() ? "IF NOT EXISTS: stop when it exists" : "fails (42P07) when it exists"));
        calls.add(PlannedCall.of(MilvusServiceGrpc.getCreateCollectionMethod(), r.create()));
        calls.add(PlannedCall.of(MilvusServiceGrpc.getCreateIndexMethod(), r.index()));
        calls.add(PlannedCall.of(MilvusServiceGrpc.getLoadCollectionMethod(), r.load()));
        calls.add(new PlannedCall(MilvusServiceGrpc.getGetLoadStateMethod(),
                LoadWaiter.request(context, s.name(), List.of()), "repeated with back-off until Loaded"));
        calls.add(new PlannedCall(MilvusServiceGrpc.getDropCollectionMethod(), DropCollectionRequest.newBuilder()
                .setDbName(context.database()).setCollectionName(s.name()).build(),
                "only when CreateIndex, LoadCollection or the wait fails and the collection is new: undoes the create"));
        return calls;
    }

    @Override
    public ExecutionResult execute(CreateCollectionQuick s, ExecutionContext context) throws SQLException {
        Requests r = requests(s, context);
        if (Checks.hasCollection(context, s.name())) {
            if (s.ifNotExists()) {
                return ExecutionResult.update(0, "CREATE COLLECTION", Map.of("existed", true));
            }
            throw Checks.collectionExists(context, s.name());
        }
        context.call(MilvusServiceGrpc.getCreateCollectionMethod(), r.create());
        context.schemas().invalidate(context.database(), s.name());
        LoadState state;
        try {
            context.call(MilvusServiceGrpc.getCreateIndexMethod(), r.index());
            context.call(MilvusServiceGrpc.getLoadCollectionMethod(), r.load());
            state = LoadWaiter.waitLoaded(context, s.name(), List.of());
        } catch (SQLException | RuntimeException e) {
            undoCreate(s, context, e);
            throw e;
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(ExecutionResult.LOAD_STATE, ExecutionResult.loadStateName(state));
        details.put("metric_type", s.metric() == null ? Metric.COSINE.name() : s.metric().name());
        return ExecutionResult.update(0, "CREATE COLLECTION", details);
    }

    /** The statement failed after CreateCollection: drops what it created, so nothing is left half-created. */
    private static void undoCreate(CreateCollectionQuick s, ExecutionContext context, Exception failure) {
        try {
            context.call(MilvusServiceGrpc.getDropCollectionMethod(), DropCollectionRequest.newBuilder()
                    .setDbName(context.database()).setCollectionName(s.name()).build());
        } catch (SQLException | RuntimeException dropFailed) {
            failure.addSuppressed(dropFailed);
        } finally {
            context.schemas().invalidate(context.database(), s.name());
        }
    }
}
