package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.RowSource;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.Query;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.QueryRequest;
import dev.quiver.proto.milvus.QueryResults;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * SELECT cols | * | COUNT(*) FROM c [PARTITION ...] [WHERE] [LIMIT] [OFFSET] [WITH (...)] → Query. With LIMIT (≤ 16384
 * with OFFSET) one Query answers. Without LIMIT (Milvus refuses an empty filter without one, and caps a window at
 * 16384) the rows are paged by primary key: each page asks {@code (filter) and pk > last} with a page limit (the
 * fetch size, at most 16384, {@code iterator=True} so Milvus orders by key), and the next page is fetched only when
 * the result set reaches it. Columns are typed from the schema.
 */
final class QueryHandler implements StatementHandler<Query>, Planner<Query> {
    static final int MAX_WINDOW = 16384;
    /** Guarantee timestamps up to this are consistency markers (1 Eventually, 2 Bounded), not hybrid timestamps. */
    private static final long CONSISTENCY_MARKER = 2;
    static final Set<String> KEYS = Set.of("consistency_level", "ignore_growing", "reduce_stop_for_best", "page_size");

    @Override
    public Class<Query> statementType() {
        return Query.class;
    }

    private record Plan(QueryRequest first, OutputColumns columns, boolean paged, int pageSize, String filter,
                        @Nullable FieldSchema pk, boolean pkAdded, long skip) {}

    private static Plan plan(Query s, CollectionSchema schema, ExecutionContext context) throws SQLException {
        List<Property> properties = context.bound(s.properties());
        Props.checkKeys(properties, KEYS, "SELECT ... WITH");
        Map<String, Property> props = Props.byKey(properties);
        OutputColumns columns = OutputColumns.resolve(s.items(), schema, s.collection(), false, false);
        boolean count = columns.outs().stream().anyMatch(o -> o.kind() == OutputColumns.Kind.COUNT);
        Long limit = s.limit() == null ? null : Values.toLong(context.bound(s.limit()), "LIMIT");
        Long offset = s.offset() == null ? null : Values.toLong(context.bound(s.offset()), "OFFSET");
        if (limit != null && limit < 0 || offset != null && offset < 0) {
            throw SqlExceptions.invalidValue("LIMIT and OFFSET must not be negative");
        }
        if (offset != null && limit == null) {
            throw SqlExceptions.invalidValue("OFFSET needs LIMIT");
        }
        String filter = ReadOptions.filter(context.boundOrNull(s.filter()));
        Property level = props.get("consistency_level");
        ReadOptions read = ReadOptions.of(level == null ? null : Props.text(level.value()), s.collection(), context);
        FieldSchema pk = InsertHandler.primaryKey(schema);
        long skip = offset == null ? 0 : offset;
        boolean paged = !count && (limit == null || limit + skip > MAX_WINDOW);
        int pageSize = MAX_WINDOW;
        Property page = props.get("page_size");
        if (page != null) {
            pageSize = (int) Math.max(1, Math.min(MAX_WINDOW, Props.integer(page)));
        } else if (context.fetchSize() > 0) {
            pageSize = Math.min(MAX_WINDOW, context.fetchSize());
        }
        List<String> output = new ArrayList<>(columns.outputFields());
        boolean pkAdded = false;
        if (paged && pk != null && !output.contains("*") && !output.contains(pk.getName())) {
            output.add(pk.getName());
            pkAdded = true;
        }
        // An iterator query reads as of its guarantee timestamp (Milvus's proxy makes it the MVCC timestamp), so the
        // consistency markers 1 (Eventually) and 2 (Bounded) would hide every row: the first page asks for "now"
        // (0) instead, and the pages after it read at the session_ts the first page answered.
        long guarantee = paged && read.guaranteeTimestamp() <= CONSISTENCY_MARKER ? 0 : read.guaranteeTimestamp();
        QueryRequest.Builder b = QueryRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                .addAllPartitionNames(s.partitions()).addAllOutputFields(output).setExpr(filter)
                .setGuaranteeTimestamp(guarantee).setUseDefaultConsistency(read.useDefault());
        if (read.level() != null) {
            b.setConsistencyLevel(read.level());
        }
        for (Property p : properties) {
            String key = p.key().toLowerCase(java.util.Locale.ROOT);
            if (key.equals("ignore_growing") || key.equals("reduce_stop_for_best")) {
                b.addQueryParams(Props.kv(key, capitalized(Props.text(p.value()))));
            }
        }
        if (paged) {
            if (pk == null) {
                throw SqlExceptions.invalidValue("the collection has no primary key to page by; add LIMIT");
            }
            long first = limit == null ? pageSize : Math.min(pageSize, limit);
            b.addQueryParams(Props.kv("limit", Long.toString(first))).addQueryParams(Props.kv("iterator", "True"))
                    .addQueryParams(Props.kv("reduce_stop_for_best", "True"));
        } else {
            if (limit != null) {
                b.addQueryParams(Props.kv("limit", Long.toString(limit)));
            }
            if (offset != null && offset > 0) {
                b.addQueryParams(Props.kv("offset", Long.toString(offset)));
            }
        }
        return new Plan(b.build(), columns, paged, pageSize, filter, pk, pkAdded, paged ? skip : 0);
    }

    private static String capitalized(String bool) {
        return bool.equalsIgnoreCase("true") ? "True" : bool.equalsIgnoreCase("false") ? "False" : bool;
    }

    @Override
    public List<PlannedCall> plan(Query s, ExecutionContext context) throws SQLException {
        Plan p = plan(s, context.describeCollection(s.collection()).getSchema(), context);
        return List.of(new PlannedCall(MilvusServiceGrpc.getDescribeCollectionMethod(), DescribeCollectionRequest.newBuilder()
                        .setDbName(context.database()).setCollectionName(s.collection()).build(),
                        "read-only, sent while planning (or served from the schema cache) to type the columns"),
                new PlannedCall(MilvusServiceGrpc.getQueryMethod(), p.first(), p.paged()
                        ? (p.skip() > 0 ? "after skipping " + p.skip() + " rows by key (key-only pages of at most "
                        + MAX_WINDOW + "), " : "") + "the first page; the next pages add '"
                        + (p.pk() == null ? "pk" : p.pk().getName())
                        + " > <last key>' to expr, fetched as the result set is read" : ""));
    }

    @Override
    public ExecutionResult execute(Query s, ExecutionContext context) throws SQLException {
        CollectionSchema schema = context.describeCollection(s.collection()).getSchema();
        Plan p = plan(s, schema, context);
        if (!p.paged()) {
            QueryResults r = context.call(MilvusServiceGrpc.getQueryMethod(), p.first());
            return ExecutionResult.rows("SELECT", RowSource.of(p.columns().columns(), rows(p, r)));
        }
        Long limit = s.limit() == null ? null : Values.toLong(context.bound(s.limit()), "LIMIT");
        return ExecutionResult.rows("SELECT", RowSource.paged(p.columns().columns(), new Pages(p, context, limit)));
    }

    private static List<Object[]> rows(Plan p, QueryResults r) {
        OutputColumns.Reader reader = new OutputColumns.Reader(r.getFieldsDataList());
        int n = reader.rows();
        List<OutputColumns.Out> outs = p.columns().outs();
        List<Object[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            @Nullable Object[] row = new Object[outs.size()];
            for (int c = 0; c < row.length; c++) {
                row[c] = reader.value(outs.get(c), i);
            }
            rows.add(row);
        }
        return rows;
    }

    /** Fetches page after page by primary key, lazily. */
    private static final class Pages implements RowSource.PageFetcher {
        private final Plan plan;
        private final FieldSchema pk;
        private final ExecutionContext context;
        private final @Nullable Long limit;
        private @Nullable Object lastKey;
        /** The snapshot the first page read (its session_ts); 0 until a page answered one. */
        private long sessionTs;
        private long skipped;
        private long returned;
        private boolean done;
        private boolean started;

        Pages(Plan plan, ExecutionContext context, @Nullable Long limit) {
            this.plan = plan;
            this.pk = Objects.requireNonNull(plan.pk(), "a paged query reads its primary key");
            this.context = context;
            this.limit = limit;
        }

        @Override
        public List<Object[]> nextPage() throws SQLException {
            if (started) {
                // A later page runs while the application reads: it gets the statement's whole timeout again.
                context.scope().restart();
            }
            started = true;
            if (skipped < plan.skip() && !done) {
                seek();
            }
            if (done) {
                return List.of();
            }
            long want = plan.pageSize();
            if (limit != null) {
                want = Math.min(want, limit - returned);
                if (want <= 0) {
                    done = true;
                    return List.of();
                }
            }
            QueryRequest.Builder request = atSnapshot(plan.first().toBuilder().setExpr(pageFilter()));
            for (int i = 0; i < request.getQueryParamsCount(); i++) {
                if (request.getQueryParams(i).getKey().equals("limit")) {
                    request.setQueryParams(i, Props.kv("limit", Long.toString(want)));
                }
            }
            QueryResults r = remember(context.call(MilvusServiceGrpc.getQueryMethod(), request.build()));
            OutputColumns.Reader reader = new OutputColumns.Reader(r.getFieldsDataList());
            int n = reader.rows();
            if (n < want) {
                done = true;
            }
            if (n == 0) {
                return List.of();
            }
            FieldDecoder keys = reader.column(pk.getName());
            if (keys == null) {
                throw SqlExceptions.create(dev.quiver.driver.MilvusSqlState.GENERAL_ERROR, "the server's query result lacks the"
                        + " primary key " + pk.getName() + " needed to page", 0, null);
            }
            Object max = lastKey;
            List<OutputColumns.Out> outs = plan.columns().outs();
            List<Object[]> rows = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                Object key = Objects.requireNonNull(keys.get(i), "primary keys are never null");
                if (max == null || compare(key, max) > 0) {
                    max = key;
                }
                @Nullable Object[] row = new Object[outs.size()];
                for (int c = 0; c < row.length; c++) {
                    row[c] = reader.value(outs.get(c), i);
                }
                rows.add(row);
            }
            lastKey = max;
            returned += n;
            return rows;
        }

        /** Skips OFFSET rows with key-only pages (Milvus caps offset + limit at 16384 per query). */
        private void seek() throws SQLException {
            String key = pk.getName();
            while (skipped < plan.skip()) {
                long want = Math.min(MAX_WINDOW, plan.skip() - skipped);
                QueryRequest.Builder request = atSnapshot(plan.first().toBuilder().setExpr(pageFilter())
                        .clearOutputFields().addOutputFields(key));
                for (int i = 0; i < request.getQueryParamsCount(); i++) {
                    if (request.getQueryParams(i).getKey().equals("limit")) {
                        request.setQueryParams(i, Props.kv("limit", Long.toString(want)));
                    }
                }
                QueryResults r = remember(context.call(MilvusServiceGrpc.getQueryMethod(), request.build()));
                OutputColumns.Reader reader = new OutputColumns.Reader(r.getFieldsDataList());
                int n = reader.rows();
                FieldDecoder keys = reader.column(key);
                if (n == 0 || keys == null) {
                    done = true;
                    return;
                }
                Object max = lastKey;
                for (int i = 0; i < n; i++) {
                    Object k = Objects.requireNonNull(keys.get(i), "primary keys are never null");
                    if (max == null || compare(k, max) > 0) {
                        max = k;
                    }
                }
                lastKey = max;
                skipped += n;
                if (n < want) {
                    done = true;
                    return;
                }
            }
        }

        /** Every page after the first reads the first page's snapshot, so rows written meanwhile do not shift pages. */
        private QueryRequest.Builder atSnapshot(QueryRequest.Builder request) {
            return sessionTs > 0 ? request.setGuaranteeTimestamp(sessionTs) : request;
        }

        private QueryResults remember(QueryResults results) {
            if (sessionTs == 0 && results.getSessionTs() > 0) {
                sessionTs = results.getSessionTs();
            }
            return results;
        }

        private String pageFilter() {
            if (lastKey == null) {
                return plan.filter();
            }
            String bound = pk.getDataType() == DataType.VarChar ? quote(lastKey.toString()) : lastKey.toString();
            String keyFilter = pk.getName() + " > " + bound;
            return plan.filter().isEmpty() ? keyFilter : "(" + plan.filter() + ") and " + keyFilter;
        }

        @SuppressWarnings("unchecked")
        private static int compare(Object a, Object b) {
            return ((Comparable<Object>) a).compareTo(b);
        }

        private static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }
}
