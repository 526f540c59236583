package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.RowSource;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.DistanceBound;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.Search;
import dev.quiver.grammar.ast.VectorOrder;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DslType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.MilvusServiceGrpc;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResultData;
import dev.quiver.proto.milvus.SearchResults;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * SELECT ... ORDER BY field &lt;op&gt; vector LIMIT n [OFFSET m] [WITH (...)] → Search: the vectors as a placeholder
 * group ({@code $0}; several vectors → nq &gt; 1 and a {@code query_index} column), the metric from the operator,
 * {@code anns_field}, {@code topk}, {@code offset}, {@code round_decimal}, search parameters both as a JSON
 * {@code params} and flattened, range search (radius / range_filter) from distance bounds following the metric's
 * direction, GROUP BY as {@code group_by_field}, the WHERE filter as {@code dsl} (BoolExprV1). Rows come from the
 * flat SearchResultData (topks per query, ids, scores as {@code distance}, row-aligned fields).
 */
final class SearchHandler implements StatementHandler<Search>, Planner<Search> {
    /** WITH keys that are search_params of their own rather than index search parameters. */
    static final Set<String> TOP_LEVEL = Set.of("round_decimal", "ignore_growing", "group_size", "strict_group_size", "hints");
    /**
     * The index search parameters Milvus 2.6 documents per index type: IVF_* and BIN_IVF_FLAT ({@code nprobe},
     * {@code max_empty_result_buckets}), IVF_RABITQ ({@code rbq_query_bits}, {@code refine_k}), HNSW and its
     * quantized forms ({@code ef}, {@code refine_k}), SCANN ({@code reorder_k}), DISKANN ({@code search_list}),
     * AUTOINDEX ({@code level}), sparse indexes ({@code drop_ratio_search}, {@code dim_max_score_ratio}, BM25's
     * {@code bm25_k1} and {@code bm25_b}), GPU_CAGRA
     * ({@code itopk_size}, {@code search_width}, {@code min_iterations}, {@code max_iterations},
     * {@code team_size}).
     */
    static final Set<String> INDEX_PARAMS = Set.of("nprobe", "max_empty_result_buckets", "rbq_query_bits", "refine_k",
            "ef", "reorder_k", "search_list", "level", "drop_ratio_search", "dim_max_score_ratio", "itopk_size",
            "search_width", "min_iterations", "max_iterations", "team_size", "bm25_k1", "bm25_b");
    /** Every key a search's WITH accepts. */
    static final Set<String> KEYS = keys();

    private static Set<String> keys() {
        Set<String> keys = new java.util.HashSet<>(TOP_LEVEL);
        keys.addAll(INDEX_PARAMS);
        keys.add("consistency_level");
        return Set.copyOf(keys);
    }

    @Override
    public Class<Search> statementType() {
        return Search.class;
    }

    private record Plan(SearchRequest request, OutputColumns columns, @Nullable FieldSchema pk) {}

    private static Plan plan(Search s, CollectionSchema schema, ExecutionContext context) throws SQLException {
        @Nullable FieldSchema field = null;
        for (FieldSchema f : schema.getFieldsList()) {
            if (f.getName().equals(s.orderBy().field())) {
                field = f;
            }
        }
        if (field == null) {
            throw SqlExceptions.create(dev.quiver.driver.MilvusSqlState.FIELD_NOT_FOUND, "unknown vector field "
                    + s.orderBy().field() + " in collection " + s.collection(), 0, null);
        }
        Metric metric = s.orderBy().metric();
        checkMetric(field, metric);
        VectorOrder order = new VectorOrder(s.orderBy().field(), metric, context.bound(s.orderBy().vector()));
        var vectors = order.queryVectors();
        if (vectors.isEmpty()) {
            throw SqlExceptions.invalidValue("ORDER BY needs at least one query vector");
        }
        boolean multi = order.isMultiVector();
        OutputColumns columns = OutputColumns.resolve(s.items(), schema, s.collection(), true, multi);
        long limit = Values.toLong(context.bound(s.limit()), "LIMIT");
        if (limit < 1) {
            throw SqlExceptions.invalidValue("LIMIT of a vector search must be at least 1, got " + limit);
        }
        Long offset = s.offset() == null ? null : Values.toLong(context.bound(s.offset()), "OFFSET");
        List<Property> properties = context.bound(s.properties());
        for (Property p : properties) {
            String key = p.key().toLowerCase(java.util.Locale.ROOT);
            if (key.equals("metric_type") || key.equals("anns_field") || key.equals("topk") || key.equals("limit")
                    || key.equals("offset") || key.equals("group_by_field")) {
                throw SqlExceptions.invalidValue("WITH (" + p.key() + " = ...): " + key
                        + " is set by the statement itself (ORDER BY, LIMIT, OFFSET, GROUP BY); remove it");
            }
            if (key.equals("radius") || key.equals("range_filter")) {
                throw SqlExceptions.invalidValue("WITH (" + p.key() + " = ...): a range search is written as a distance "
                        + "bound in the WHERE, e.g. WHERE distance() < 0.8 or distance() BETWEEN 0.2 AND 0.8; remove it");
            }
        }
        Props.checkKeys(properties, KEYS, "SELECT ... ORDER BY ... WITH");
        Map<String, Property> props = Props.byKey(properties);
        Property level = props.get("consistency_level");
        ReadOptions read = ReadOptions.of(level == null ? null : Props.text(level.value()), s.collection(), context);

        Map<String, Object> params = new LinkedHashMap<>();
        List<dev.quiver.proto.milvus.KeyValuePair> kvs = new ArrayList<>();
        kvs.add(Props.kv("anns_field", field.getName()));
        kvs.add(Props.kv("topk", Long.toString(limit)));
        kvs.add(Props.kv("metric_type", metric.name()));
        String roundDecimal = "-1";
        for (Map.Entry<String, Property> e : props.entrySet()) {
            String key = e.getKey();
            if (key.equals("consistency_level")) {
                continue;
            }
            if (key.equals("round_decimal")) {
                long r = Props.integer(e.getValue());
                if (r < -1 || r > 6) {
                    throw SqlExceptions.invalidValue("round_decimal must be -1 or an integer in [0, 6], got " + r);
                }
                roundDecimal = Long.toString(r);
            } else if (TOP_LEVEL.contains(key)) {
                kvs.add(Props.kv(key, Props.text(e.getValue().value())));
            } else {
                params.put(e.getValue().key(), paramValue(e.getValue()));
            }
        }
        List<DistanceBound> bounds = new ArrayList<>(s.distanceBounds().size());
        for (DistanceBound bound : s.distanceBounds()) {
            bounds.add(new DistanceBound(bound.operator(), context.bound(bound.value())));
        }
        DistanceRange.apply(bounds, metric, params);
        kvs.add(Props.kv("round_decimal", roundDecimal));
        if (offset != null) {
            kvs.add(Props.kv("offset", Long.toString(offset)));
        }
        if (s.groupBy() != null) {
            boolean known = schema.getFieldsList().stream().anyMatch(f -> f.getName().equals(s.groupBy()));
            if (!known) {
                throw SqlExceptions.create(dev.quiver.driver.MilvusSqlState.FIELD_NOT_FOUND, "unknown GROUP BY field "
                        + s.groupBy() + " in collection " + s.collection(), 0, null);
            }
            kvs.add(Props.kv("group_by_field", s.groupBy()));
        }
        for (Map.Entry<String, Object> p : params.entrySet()) {
            kvs.add(Props.kv(p.getKey(), String.valueOf(p.getValue())));
        }
        kvs.add(Props.kv("params", FieldEncoder.writeJson(params)));

        SearchRequest.Builder b = SearchRequest.newBuilder().setDbName(context.database()).setCollectionName(s.collection())
                .addAllPartitionNames(s.partitions()).setDsl(ReadOptions.filter(context.boundOrNull(s.filter()))).setDslType(DslType.BoolExprV1)
                .setPlaceholderGroup(PlaceholderEncoder.encode(field, vectors, metric == Metric.BM25).toByteString())
                .addAllOutputFields(columns.outputFields()).addAllSearchParams(kvs).setNq(vectors.size())
                .setGuaranteeTimestamp(read.guaranteeTimestamp()).setUseDefaultConsistency(read.useDefault());
        if (read.level() != null) {
            b.setConsistencyLevel(read.level());
        }
        return new Plan(b.build(), columns, InsertHandler.primaryKey(schema));
    }

    private static Object paramValue(Property p) throws SQLException {
        Object v = Values.toJava(p.value(), "property " + p.key());
        if (v instanceof Long || v instanceof Double || v instanceof Boolean || v instanceof String) {
            return v;
        }
        return Props.text(p.value());
    }

    static void checkMetric(FieldSchema field, Metric metric) throws SQLException {
        DataType t = field.getDataType();
        boolean ok = switch (t) {
            case BinaryVector -> metric == Metric.HAMMING || metric == Metric.JACCARD;
            // a BM25 function's output is searched with text (@@), any other sparse field with IP
            case SparseFloatVector -> field.getIsFunctionOutput() ? metric == Metric.BM25 : metric == Metric.IP;
            case FloatVector, Float16Vector, BFloat16Vector, Int8Vector -> metric == Metric.L2 || metric == Metric.IP
                    || metric == Metric.COSINE;
            default -> throw SqlExceptions.invalidValue("ORDER BY " + field.getName() + ": " + t + " is not a vector field");
        };
        if (!ok) {
            throw SqlExceptions.invalidValue("ORDER BY " + field.getName() + " " + metric.getOperator() + ": the " + metric
                    + " metric (" + metric.getOperator() + ") does not apply to a " + dev.quiver.driver.internal.exec.ColumnType.of(field).baseName()
                    + " field");
        }
    }

    @Override
    public List<PlannedCall> plan(Search s, ExecutionContext context) throws SQLException {
        Plan p = plan(s, context.describeCollection(s.collection()).getSchema(), context);
        return List.of(new PlannedCall(MilvusServiceGrpc.getDescribeCollectionMethod(), DescribeCollectionRequest.newBuilder()
                        .setDbName(context.database()).setCollectionName(s.collection()).build(),
                        "read-only, sent while planning (or served from the schema cache) to encode the vectors"),
                PlannedCall.of(MilvusServiceGrpc.getSearchMethod(), p.request()));
    }

    @Override
    public ExecutionResult execute(Search s, ExecutionContext context) throws SQLException {
        Plan p = plan(s, context.describeCollection(s.collection()).getSchema(), context);
        SearchResults r = context.call(MilvusServiceGrpc.getSearchMethod(), p.request());
        return ExecutionResult.rows("SELECT", RowSource.of(p.columns().columns(), rows(p, r.getResults())));
    }

    private static List<Object[]> rows(Plan p, SearchResultData data) {
        OutputColumns.Reader reader = new OutputColumns.Reader(data.getFieldsDataList());
        List<Object> ids = InsertHandler.ids(data.getIds());
        List<OutputColumns.Out> outs = p.columns().outs();
        List<Object[]> rows = new ArrayList<>();
        int start = 0;
        List<Long> topks = data.getTopksList();
        if (topks.isEmpty() && !ids.isEmpty()) {
            topks = List.of((long) ids.size());
        }
        for (int q = 0; q < topks.size(); q++) {
            int hits = (int) (long) topks.get(q);
            for (int i = start; i < start + hits; i++) {
                @Nullable Object[] row = new Object[outs.size()];
                for (int c = 0; c < row.length; c++) {
                    OutputColumns.Out out = outs.get(c);
                    row[c] = switch (out.kind()) {
                        case QUERY_INDEX -> q;
                        case DISTANCE -> i < data.getScoresCount() ? data.getScores(i) : null;
                        default -> {
                            Object v = reader.value(out, i);
                            if (v == null && p.pk() != null && out.source().equals(p.pk().getName()) && i < ids.size()) {
                                v = ids.get(i);
                            }
                            yield v;
                        }
                    };
                }
                rows.add(row);
            }
            start += hits;
        }
        return rows;
    }
}
