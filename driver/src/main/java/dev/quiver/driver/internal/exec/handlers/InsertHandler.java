package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.exec.Column;
import dev.quiver.driver.internal.exec.ColumnType;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.ParameterBindings;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.Insert;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.IDs;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.UpsertRequest;
import com.google.protobuf.Message;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * INSERT / UPSERT ... VALUES | ROWS → one column-wise InsertRequest / UpsertRequest built against the schema
 * (DescribeCollection through the schema cache). A JDBC batch of the same statement becomes one request for all its
 * rows, split only when the message would pass 64 MiB; bound vectors go to the encoder as they were bound. Update
 * count {@code insert_cnt} ({@code upsert_cnt}); generated keys for an auto-id primary key; the write timestamp is
 * recorded for Session consistency.
 */
final class InsertHandler implements StatementHandler<Insert>, Planner<Insert> {
    /** Milvus's default gRPC receive limit. */
    static final long MAX_MESSAGE_BYTES = 64L * 1024 * 1024;
    /** Room left under the limit for the request's other fields and framing. */
    private static final long MARGIN_BYTES = 64L * 1024;
    /** Milvus's SchemaMismatch error code. */
    private static final int SCHEMA_MISMATCH = 62;

    @Override
    public Class<Insert> statementType() {
        return Insert.class;
    }

    @Override
    public List<PlannedCall> plan(Insert s, ExecutionContext context) throws SQLException {
        CollectionSchema schema = context.describeCollection(s.collection()).getSchema();
        List<Map<String, Object>> rows = new ArrayList<>();
        InsertRows.collect(s.source(), schema, context.parameters(), rows);
        List<PlannedCall> calls = new ArrayList<>();
        calls.add(new PlannedCall(MilvusServiceGrpc.getDescribeCollectionMethod(), DescribeCollectionRequest.newBuilder()
                .setDbName(context.database()).setCollectionName(s.collection()).build(),
                "read-only, sent while planning (or served from the schema cache) to encode the rows"));
        for (Message m : requests(s, schema, rows, context.database())) {
            calls.add(PlannedCall.of(s.upsert() ? MilvusServiceGrpc.getUpsertMethod() : MilvusServiceGrpc.getInsertMethod(), m));
        }
        return calls;
    }

    @Override
    public ExecutionResult execute(Insert s, ExecutionContext context) throws SQLException {
        return withFreshSchemaOnMismatch(s, context, schema -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            InsertRows.collect(s.source(), schema, context.parameters(), rows);
            return send(s, schema, rows, context, null);
        });
    }

    @Override
    public ExecutionResult executeBatch(Insert s, List<ParameterBindings> batch, ExecutionContext context)
            throws SQLException {
        return withFreshSchemaOnMismatch(s, context, schema -> {
            List<Map<String, Object>> rows = new ArrayList<>();
            long[] counts = new long[batch.size()];
            for (int i = 0; i < batch.size(); i++) {
                ParameterBindings bindings = batch.get(i);
                int before = rows.size();
                InsertRows.collect(s.source(), schema, bindings, rows);
                counts[i] = rows.size() - before;
            }
            return send(s, schema, rows, context, counts);
        });
    }

    private interface Attempt {
        ExecutionResult run(CollectionSchema schema) throws SQLException;
    }

    /**
     * Runs {@code attempt} with the cached schema; when Milvus answers SchemaMismatch (code 62: the collection changed
     * since the schema was cached) it drops the cached schema and tries once more with a fresh one. Any other failure
     * also drops the cached schema, so that the next statement reads it again.
     */
    private static ExecutionResult withFreshSchemaOnMismatch(Insert s, ExecutionContext context, Attempt attempt)
            throws SQLException {
        DescribeCollectionResponse d = context.describeCollection(s.collection());
        try {
            return attempt.run(d.getSchema());
        } catch (SQLException e) {
            context.schemas().invalidate(context.database(), s.collection());
            if (e.getErrorCode() != SCHEMA_MISMATCH) {
                throw e;
            }
            return attempt.run(context.describeCollection(s.collection()).getSchema());
        }
    }

    private static ExecutionResult send(Insert s, CollectionSchema schema, List<Map<String, Object>> rows, ExecutionContext context,
                                 long @org.jspecify.annotations.Nullable [] batchCounts) throws SQLException {
        List<Message> requests = requests(s, schema, rows, context.database());
        long count = 0;
        long timestamp = 0;
        List<Object> keys = new ArrayList<>();
        for (Message request : requests) {
            MutationResult r = request instanceof InsertRequest insert
                    ? context.call(MilvusServiceGrpc.getInsertMethod(), insert)
                    : context.call(MilvusServiceGrpc.getUpsertMethod(), (UpsertRequest) request);
            count += s.upsert() ? (r.getUpsertCnt() != 0 ? r.getUpsertCnt() : r.getInsertCnt()) : r.getInsertCnt();
            timestamp = Math.max(timestamp, r.getTimestamp());
            keys.addAll(ids(r.getIDs()));
        }
        if (timestamp != 0) {
            context.writes().record(context.database(), s.collection(), timestamp);
        }
        String verb = s.upsert() ? "UPSERT" : "INSERT";
        Map<String, Object> details = new LinkedHashMap<>();
        details.put(ExecutionResult.TIMESTAMP, timestamp);
        details.put("requests", requests.size());
        ExecutionResult result = batchCounts == null ? ExecutionResult.update(count, verb + " " + count, details)
                : ExecutionResult.batch(batchCounts, verb + " " + count, details);
        FieldSchema pk = primaryKey(schema);
        if (pk != null && pk.getAutoID()) {
            result = result.withGeneratedKeys(new Column(pk.getName(), pk.getDataType() == DataType.VarChar
                    ? ColumnType.VARCHAR : ColumnType.BIGINT, false), keys);
        }
        return result;
    }

    /** One request, or several when one would pass 64 MiB. */
    static List<Message> requests(Insert s, CollectionSchema schema, List<Map<String, Object>> rows, String database)
            throws SQLException {
        List<Message> out = new ArrayList<>();
        Message whole = request(s, schema, rows, database);
        long size = whole.getSerializedSize();
        if (size <= MAX_MESSAGE_BYTES - MARGIN_BYTES || rows.size() <= 1) {
            out.add(whole);
            return out;
        }
        long perRow = Math.max(1, size / rows.size());
        int chunk = (int) Math.max(1, (MAX_MESSAGE_BYTES - MARGIN_BYTES) * 9 / 10 / perRow);
        for (int from = 0; from < rows.size(); from += chunk) {
            out.add(request(s, schema, rows.subList(from, Math.min(rows.size(), from + chunk)), database));
        }
        return out;
    }

    static Message request(Insert s, CollectionSchema schema, List<Map<String, Object>> rows, String database)
            throws SQLException {
        List<FieldData> fields = InsertRows.encode(s.collection(), schema, rows, s.upsert());
        if (s.upsert()) {
            UpsertRequest.Builder b = UpsertRequest.newBuilder().setDbName(database).setCollectionName(s.collection())
                    .addAllFieldsData(fields).setNumRows(rows.size());
            if (s.partition() != null) {
                b.setPartitionName(s.partition());
            }
            return b.build();
        }
        InsertRequest.Builder b = InsertRequest.newBuilder().setDbName(database).setCollectionName(s.collection())
                .addAllFieldsData(fields).setNumRows(rows.size());
        if (s.partition() != null) {
            b.setPartitionName(s.partition());
        }
        return b.build();
    }

    static @org.jspecify.annotations.Nullable FieldSchema primaryKey(CollectionSchema schema) {
        for (FieldSchema f : schema.getFieldsList()) {
            if (f.getIsPrimaryKey()) {
                return f;
            }
        }
        return null;
    }

    static List<Object> ids(IDs ids) {
        List<Object> out = new ArrayList<>();
        if (ids.hasIntId()) {
            out.addAll(ids.getIntId().getDataList());
        } else if (ids.hasStrId()) {
            out.addAll(ids.getStrId().getDataList());
        }
        return out;
    }
}
