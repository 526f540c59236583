package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.RowSource;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.AddColumn;
import dev.quiver.grammar.ast.AlterCollection;
import dev.quiver.grammar.ast.AlterColumn;
import dev.quiver.grammar.ast.CreateCollection;
import dev.quiver.grammar.ast.DescribeCollection;
import dev.quiver.grammar.ast.DropCollection;
import dev.quiver.grammar.ast.RenameCollection;
import dev.quiver.grammar.ast.ShowCollections;
import dev.quiver.grammar.ast.ShowStatistics;
import dev.quiver.grammar.ast.TruncateCollection;
import dev.quiver.proto.milvus.AddCollectionFieldRequest;
import dev.quiver.proto.milvus.AlterCollectionFieldRequest;
import dev.quiver.proto.milvus.AlterCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.GetCollectionStatisticsRequest;
import dev.quiver.proto.milvus.GetPartitionStatisticsRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.RenameCollectionRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ShowCollectionsResponse;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.TruncateCollectionRequest;
import dev.quiver.proto.milvus.TruncateCollectionResponse;
import io.grpc.MethodDescriptor;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Collection statements: CREATE (full), DROP, RENAME, ALTER, TRUNCATE, DESCRIBE, SHOW COLLECTIONS, SHOW STATISTICS. */
final class CollectionHandlers {
    private CollectionHandlers() {
    }

    static List<StatementHandler<?>> all() {
        return List.of(new Create(), new Drop(), new Rename(), new Alter(), new AlterField(), new AddField(),
                new Truncate(), new Describe(),
                new ShowAll(), new Statistics(), new QuickCreateHandler(), new ShowCreateHandler());
    }

    /** CREATE COLLECTION [IF NOT EXISTS] c (...) WITH (...) → HasCollection (42P07 when it exists, unless IF NOT EXISTS) + CreateCollection. */
    static final class Create implements StatementHandler<CreateCollection>, Planner<CreateCollection> {
        @Override
        public Class<CreateCollection> statementType() {
            return CreateCollection.class;
        }

        @Override
        public List<PlannedCall> plan(CreateCollection s, ExecutionContext context) throws SQLException {
            List<PlannedCall> calls = new ArrayList<>();
            var request = CollectionSchemas.request(s, context.database(), context.parameters());
            calls.add(new PlannedCall(MilvusServiceGrpc.getHasCollectionMethod(),
                    Checks.hasCollectionRequest(context, s.name()),
                    s.ifNotExists() ? "IF NOT EXISTS: stop when it exists" : "fails (42P07) when it exists"));
            calls.add(PlannedCall.of(MilvusServiceGrpc.getCreateCollectionMethod(), request));
            return calls;
        }

        @Override
        public ExecutionResult execute(CreateCollection s, ExecutionContext context) throws SQLException {
            var request = CollectionSchemas.request(s, context.database(), context.parameters());
            if (Checks.hasCollection(context, s.name())) {
                if (s.ifNotExists()) {
                    return ExecutionResult.update(0, "CREATE COLLECTION", Map.of("existed", true));
                }
                throw Checks.collectionExists(context, s.name());
            }
            context.call(MilvusServiceGrpc.getCreateCollectionMethod(), request);
            context.schemas().invalidate(context.database(), s.name());
            return ExecutionResult.update(0, "CREATE COLLECTION");
        }
    }

    /** DROP COLLECTION [IF EXISTS] c → HasCollection + DropCollection (a missing collection without IF EXISTS is an error). */
    static final class Drop implements StatementHandler<DropCollection>, Planner<DropCollection> {
        @Override
        public Class<DropCollection> statementType() {
            return DropCollection.class;
        }

        private static DropCollectionRequest request(DropCollection s, ExecutionContext context) {
            return DropCollectionRequest.newBuilder().setDbName(context.database()).setCollectionName(s.name()).build();
        }

        @Override
        public List<PlannedCall> plan(DropCollection s, ExecutionContext context) {
            return List.of(new PlannedCall(MilvusServiceGrpc.getHasCollectionMethod(), Checks.hasCollectionRequest(context,
                    s.name()), s.ifExists() ? "IF EXISTS: stop when it does not exist" : "fails when it does not exist"),
                    PlannedCall.of(MilvusServiceGrpc.getDropCollectionMethod(), request(s, context)));
        }

        @Override
        public ExecutionResult execute(DropCollection s, ExecutionContext context) throws SQLException {
            if (!Checks.hasCollection(context, s.name())) {
                if (s.ifExists()) {
                    return ExecutionResult.update(0, "DROP COLLECTION", Map.of("existed", false));
                }
                throw Checks.collectionNotFound(context, s.name());
            }
            context.call(MilvusServiceGrpc.getDropCollectionMethod(), request(s, context));
            context.schemas().invalidate(context.database(), s.name());
            return ExecutionResult.update(0, "DROP COLLECTION");
        }
    }

    /** RENAME COLLECTION a TO b → RenameCollection. */
    static final class Rename extends SingleRpcHandler<RenameCollection, RenameCollectionRequest, Status> {
        Rename() {
            super(RenameCollection.class);
        }

        @Override
        MethodDescriptor<RenameCollectionRequest, Status> method() {
            return MilvusServiceGrpc.getRenameCollectionMethod();
        }

        @Override
        RenameCollectionRequest request(RenameCollection s, ExecutionContext context) {
            return RenameCollectionRequest.newBuilder().setDbName(context.database()).setOldName(s.name())
                    .setNewName(s.newName()).build();
        }

        @Override
        ExecutionResult result(RenameCollection s, Status response, ExecutionContext context) {
            context.schemas().invalidate(context.database(), s.name());
            context.schemas().invalidate(context.database(), s.newName());
            return ExecutionResult.update(0, "RENAME COLLECTION");
        }
    }

    /** ALTER COLLECTION c SET (k = v, ...) → AlterCollection with properties. */
    static final class Alter extends SingleRpcHandler<AlterCollection, AlterCollectionRequest, Status> {
        Alter() {
            super(AlterCollection.class);
        }

        @Override
        MethodDescriptor<AlterCollectionRequest, Status> method() {
            return MilvusServiceGrpc.getAlterCollectionMethod();
        }

        @Override
        AlterCollectionRequest request(AlterCollection s, ExecutionContext context) throws SQLException {
            return AlterCollectionRequest.newBuilder().setDbName(context.database()).setCollectionName(s.name())
                    .addAllProperties(Props.pairs(context.bound(s.properties()))).addAllDeleteKeys(s.dropKeys())
                    .build();
        }

        @Override
        ExecutionResult result(AlterCollection s, Status response, ExecutionContext context) {
            context.schemas().invalidate(context.database(), s.name());
            return ExecutionResult.update(0, "ALTER COLLECTION");
        }
    }

    /** ALTER COLLECTION c ALTER COLUMN f SET (...) | DROP PROPERTIES (...) → AlterCollectionField. */
    static final class AlterField extends SingleRpcHandler<AlterColumn, AlterCollectionFieldRequest, Status> {
        AlterField() {
            super(AlterColumn.class);
        }

        @Override
        MethodDescriptor<AlterCollectionFieldRequest, Status> method() {
            return MilvusServiceGrpc.getAlterCollectionFieldMethod();
        }

        @Override
        AlterCollectionFieldRequest request(AlterColumn s, ExecutionContext context) throws SQLException {
            return AlterCollectionFieldRequest.newBuilder().setDbName(context.database())
                    .setCollectionName(s.collection()).setFieldName(s.column())
                    .addAllProperties(Props.pairs(context.bound(s.properties()))).addAllDeleteKeys(s.dropKeys())
                    .build();
        }

        @Override
        ExecutionResult result(AlterColumn s, Status response, ExecutionContext context) {
            context.schemas().invalidate(context.database(), s.collection());
            return ExecutionResult.update(0, "ALTER COLUMN");
        }
    }

    /** ALTER COLLECTION c ADD COLUMN definition → AddCollectionField with the serialised FieldSchema. */
    static final class AddField extends SingleRpcHandler<AddColumn, AddCollectionFieldRequest, Status> {
        AddField() {
            super(AddColumn.class);
        }

        @Override
        MethodDescriptor<AddCollectionFieldRequest, Status> method() {
            return MilvusServiceGrpc.getAddCollectionFieldMethod();
        }

        @Override
        AddCollectionFieldRequest request(AddColumn s, ExecutionContext context) throws SQLException {
            return AddCollectionFieldRequest.newBuilder().setDbName(context.database())
                    .setCollectionName(s.collection())
                    .setSchema(CollectionSchemas.field(s.column(), context.parameters()).toByteString()).build();
        }

        @Override
        ExecutionResult result(AddColumn s, Status response, ExecutionContext context) {
            context.schemas().invalidate(context.database(), s.collection());
            return ExecutionResult.update(0, "ADD COLUMN");
        }
    }

    /** TRUNCATE COLLECTION c → TruncateCollection (Milvus 2.6); a server without it answers "not supported". */
    static final class Truncate extends SingleRpcHandler<TruncateCollection, TruncateCollectionRequest, TruncateCollectionResponse> {
        Truncate() {
            super(TruncateCollection.class);
        }

        @Override
        MethodDescriptor<TruncateCollectionRequest, TruncateCollectionResponse> method() {
            return MilvusServiceGrpc.getTruncateCollectionMethod();
        }

        @Override
        TruncateCollectionRequest request(TruncateCollection s, ExecutionContext context) {
            return TruncateCollectionRequest.newBuilder().setDbName(context.database()).setCollectionName(s.name()).build();
        }

        @Override
        ExecutionResult result(TruncateCollection s, TruncateCollectionResponse response, ExecutionContext context) {
            return ExecutionResult.update(0, "TRUNCATE COLLECTION");
        }
    }

    /**
     * DESCRIBE COLLECTION c → DescribeCollection, ShowPartitions, DescribeIndex, GetLoadState: one row per field
     * (the dynamic field {@code $meta} last when it is enabled), and the collection's facts as the statement's
     * details ({@link CollectionDescription}).
     */
    static final class Describe implements StatementHandler<DescribeCollection>, Planner<DescribeCollection> {
        static final List<Column> COLUMNS = List.of(Results.text("field"), Results.text("type"),
                Results.bool("primary_key"), Results.bool("auto_id"), Results.bool("nullable"), Results.text("default"),
                Results.bool("partition_key"), Results.text("description"));
        /** Milvus's name of the dynamic field (common.MetaFieldName). */
        static final String DYNAMIC_FIELD = "$meta";

        @Override
        public Class<DescribeCollection> statementType() {
            return DescribeCollection.class;
        }

        @Override
        public List<PlannedCall> plan(DescribeCollection s, ExecutionContext context) {
            return List.of(PlannedCall.of(MilvusServiceGrpc.getDescribeCollectionMethod(),
                    dev.quiver.proto.milvus.DescribeCollectionRequest.newBuilder().setDbName(context.database())
                            .setCollectionName(s.name()).build()),
                    PlannedCall.of(MilvusServiceGrpc.getShowPartitionsMethod(),
                            dev.quiver.proto.milvus.ShowPartitionsRequest.newBuilder().setDbName(context.database())
                                    .setCollectionName(s.name()).build()),
                    new PlannedCall(MilvusServiceGrpc.getDescribeIndexMethod(),
                            IndexHandlers.describeRequest(context, s.name(), ""), "index not found: no indexes"),
                    PlannedCall.of(MilvusServiceGrpc.getGetLoadStateMethod(),
                            LoadWaiter.request(context, s.name(), List.of())));
        }

        @Override
        public ExecutionResult execute(DescribeCollection s, ExecutionContext context) throws SQLException {
            context.schemas().invalidate(context.database(), s.name());
            DescribeCollectionResponse d = context.describeCollection(s.name());
            List<Object[]> rows = new ArrayList<>();
            for (FieldSchema f : d.getSchema().getFieldsList()) {
                if (f.getIsDynamic()) {
                    continue;
                }
                Object def = CollectionSchemas.defaultJava(f);
                rows.add(new Object[] {f.getName(), ColumnType.of(f).typeName(), f.getIsPrimaryKey(), f.getAutoID(),
                        f.getNullable(), def == null ? null : String.valueOf(def), f.getIsPartitionKey(),
                        f.getDescription()});
            }
            if (d.getSchema().getEnableDynamicField()) {
                rows.add(new Object[] {DYNAMIC_FIELD, "JSON", false, false, true, null, false,
                        "dynamic field: the values of keys that are not fields"});
            }
            return ExecutionResult.rows("DESCRIBE COLLECTION", RowSource.of(COLUMNS, rows),
                    CollectionDescription.details(s.name(), d, context));
        }
    }

    /** SHOW COLLECTIONS [LIKE 'pattern'] → ShowCollections, filtered with the SQL LIKE pattern. */
    static final class ShowAll extends SingleRpcHandler<ShowCollections, ShowCollectionsRequest, ShowCollectionsResponse> {
        ShowAll() {
            super(ShowCollections.class);
        }

        @Override
        MethodDescriptor<ShowCollectionsRequest, ShowCollectionsResponse> method() {
            return MilvusServiceGrpc.getShowCollectionsMethod();
        }

        @Override
        ShowCollectionsRequest request(ShowCollections s, ExecutionContext context) {
            return ShowCollectionsRequest.newBuilder().setDbName(context.database()).build();
        }

        @Override
        ExecutionResult result(ShowCollections s, ShowCollectionsResponse response, ExecutionContext context) {
            Pattern like = s.pattern() == null ? null : likePattern(s.pattern());
            List<String> names = new ArrayList<>();
            for (String n : response.getCollectionNamesList()) {
                if (like == null || like.matcher(n).matches()) {
                    names.add(n);
                }
            }
            names.sort(null);
            return Results.list("SHOW COLLECTIONS", "collection", names);
        }
    }

    /** SQL LIKE ({@code %} any run, {@code _} one character, backslash escapes) as a regex. */
    static Pattern likePattern(String like) {
        StringBuilder re = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\' && i + 1 < like.length()) {
                re.append(Pattern.quote(String.valueOf(like.charAt(++i))));
            } else if (c == '%') {
                re.append(".*");
            } else if (c == '_') {
                re.append('.');
            } else {
                re.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(re.toString(), Pattern.DOTALL);
    }

    /** SHOW STATISTICS OF c [PARTITION p] → GetCollectionStatistics / GetPartitionStatistics; row_count. */
    static final class Statistics implements StatementHandler<ShowStatistics>, Planner<ShowStatistics> {
        static final List<Column> COLUMNS = List.of(Results.text("collection"), Results.text("partition"),
                Results.bigint("row_count"));

        @Override
        public Class<ShowStatistics> statementType() {
            return ShowStatistics.class;
        }

        @Override
        public List<PlannedCall> plan(ShowStatistics s, ExecutionContext context) {
            if (s.partition() == null) {
                return List.of(PlannedCall.of(MilvusServiceGrpc.getGetCollectionStatisticsMethod(),
                        GetCollectionStatisticsRequest.newBuilder().setDbName(context.database())
                                .setCollectionName(s.collection()).build()));
            }
            return List.of(PlannedCall.of(MilvusServiceGrpc.getGetPartitionStatisticsMethod(),
                    GetPartitionStatisticsRequest.newBuilder().setDbName(context.database())
                            .setCollectionName(s.collection()).setPartitionName(s.partition()).build()));
        }

        @Override
        public ExecutionResult execute(ShowStatistics s, ExecutionContext context) throws SQLException {
            List<KeyValuePair> stats;
            if (s.partition() == null) {
                stats = context.call(MilvusServiceGrpc.getGetCollectionStatisticsMethod(),
                        (GetCollectionStatisticsRequest) plan(s, context).get(0).request()).getStatsList();
            } else {
                stats = context.call(MilvusServiceGrpc.getGetPartitionStatisticsMethod(),
                        (GetPartitionStatisticsRequest) plan(s, context).get(0).request()).getStatsList();
            }
            long rows = 0;
            for (KeyValuePair kv : stats) {
                if (kv.getKey().equals("row_count")) {
                    try {
                        rows = Long.parseLong(kv.getValue().trim());
                    } catch (NumberFormatException e) {
                        throw SqlExceptions.invalidValue("the server answered a row_count that is not a number: " + kv.getValue());
                    }
                }
            }
            List<Object[]> out = new ArrayList<>();
            out.add(new Object[] {s.collection(), s.partition(), rows});
            return Results.rows("SHOW STATISTICS", COLUMNS, out);
        }
    }
}
