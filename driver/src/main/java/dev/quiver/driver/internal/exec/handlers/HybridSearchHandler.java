package dev.quiver.driver.internal.exec.handlers;

import dev.quiver.driver.MilvusSqlState;
import dev.quiver.driver.internal.error.SqlExceptions;
import dev.quiver.driver.internal.exec.ExecutionContext;
import dev.quiver.driver.internal.exec.ExecutionResult;
import dev.quiver.driver.internal.exec.RowSource;
import dev.quiver.driver.internal.exec.StatementHandler;
import dev.quiver.grammar.ast.HybridSearch;
import dev.quiver.grammar.ast.Metric;
import dev.quiver.grammar.ast.Property;
import dev.quiver.grammar.ast.VectorOrder;
import dev.quiver.grammar.expr.And;
import dev.quiver.grammar.expr.Expression;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DslType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.HybridSearchRequest;
import dev.quiver.proto.milvus.KeyValuePair;
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
 * SELECT ... ORDER BY RRF([k,] search, ...) | WEIGHTED(w..., search...) LIMIT n [OFFSET m] [WITH (...)] →
 * HybridSearch: one SearchRequest per search (its vectors as the placeholder group, {@code anns_field},
 * {@code metric_type} from the operator, {@code topk} = its own LIMIT or the statement's LIMIT + OFFSET, the
 * statement's WHERE AND its own as {@code dsl}), and the reranker in the legacy {@code rank_params} form every SDK
 * sends ({@code strategy} and a JSON {@code params}), with {@code limit}, {@code offset}, {@code round_decimal} and
 * the GROUP BY settings beside it. Rows are the fused hits, {@code distance} being the fused score.
 */
final class HybridSearchHandler implements StatementHandler<HybridSearch>, Planner<HybridSearch> {
    /** The WITH keys of a hybrid search. */
    static final Set<String> KEYS = Set.of("consistency_level", "round_decimal", "norm_score", "group_size",
            "strict_group_size", "rank_group_scorer");

    @Override
    public Class<HybridSearch> statementType() {
        return HybridSearch.class;
    }

    private record Plan(HybridSearchRequest request, OutputColumns columns, @Nullable FieldSchema pk) {}

    private static Plan plan(HybridSearch s, CollectionSchema schema, ExecutionContext context) throws SQLException {
        List<Property> properties = context.bound(s.properties());
        Props.checkKeys(properties, KEYS, "a hybrid search's WITH");
        Map<String, Property> props = Props.byKey(properties);
        long limit = Values.toLong(context.bound(s.limit()), "LIMIT");
        if (limit < 1) {
            throw SqlExceptions.invalidValue("LIMIT of a vector search must be at least 1, got " + limit);
        }
        long offset = s.offset() == null ? 0 : Values.toLong(context.bound(s.offset()), "OFFSET");
        @Nullable Expression shared = context.boundOrNull(s.filter());

        List<SearchRequest> requests = new ArrayList<>();
        int nq = -1;
        for (HybridSearch.AnnSearch ann : s.searches()) {
            FieldSchema field = field(schema, ann.order().field(), s.collection());
            SearchHandler.checkMetric(field, ann.order().metric());
            VectorOrder order = new VectorOrder(ann.order().field(), ann.order().metric(),
                    context.bound(ann.order().vector()));
            List<Expression> vectors = order.queryVectors();
            if (vectors.isEmpty()) {
                throw SqlExceptions.invalidValue("the search on " + field.getName() + " needs a query vector");
            }
            if (nq >= 0 && vectors.size() != nq) {
                throw SqlExceptions.invalidValue("every search of a hybrid search needs the same number of query"
                        + " vectors: " + nq + " and " + vectors.size());
            }
            nq = vectors.size();
            long annLimit = ann.limit() == null ? limit + offset : Values.toLong(context.bound(ann.limit()),
                    "the LIMIT of the search on " + field.getName());
            if (annLimit < 1) {
                throw SqlExceptions.invalidValue("the LIMIT of the search on " + field.getName()
                        + " must be at least 1, got " + annLimit);
            }
            @Nullable Expression own = context.boundOrNull(ann.filter());
            Expression filter = shared == null ? own : own == null ? shared : new And(shared, own);
            requests.add(SearchRequest.newBuilder().setDsl(ReadOptions.filter(filter)).setDslType(DslType.BoolExprV1)
                    .setPlaceholderGroup(PlaceholderEncoder.encode(field, vectors, ann.order().metric() == Metric.BM25).toByteString())
                    .addSearchParams(Props.kv("anns_field", field.getName()))
                    .addSearchParams(Props.kv("topk", Long.toString(annLimit)))
                    .addSearchParams(Props.kv("metric_type", order.metric().name()))
                    .addSearchParams(Props.kv("params", "{}")).setNq(vectors.size()).build());
        }
        boolean multi = s.searches().stream().anyMatch(a -> a.order().isMultiVector());
        OutputColumns columns = OutputColumns.resolve(s.items(), schema, s.collection(), true, multi);

        List<KeyValuePair> rank = new ArrayList<>(rerank(s.rerank(), props, context));
        rank.add(Props.kv("limit", Long.toString(limit)));
        rank.add(Props.kv("offset", Long.toString(offset)));
        Property round = props.get("round_decimal");
        rank.add(Props.kv("round_decimal", round == null ? "-1" : Long.toString(Props.integer(round))));
        if (s.groupBy() != null) {
            field(schema, s.groupBy(), s.collection());
            rank.add(Props.kv("group_by_field", s.groupBy()));
            for (String key : List.of("group_size", "strict_group_size", "rank_group_scorer")) {
                Property p = props.get(key);
                if (p != null) {
                    rank.add(Props.kv(key, Props.text(p.value())));
                }
            }
        } else {
            for (String key : List.of("group_size", "strict_group_size", "rank_group_scorer")) {
                if (props.containsKey(key)) {
                    throw SqlExceptions.invalidValue("WITH (" + key + " = ...) needs GROUP BY");
                }
            }
        }
        Property level = props.get("consistency_level");
        ReadOptions read = ReadOptions.of(level == null ? null : Props.text(level.value()), s.collection(), context);
        HybridSearchRequest.Builder b = HybridSearchRequest.newBuilder().setDbName(context.database())
                .setCollectionName(s.collection()).addAllPartitionNames(s.partitions()).addAllRequests(requests)
                .addAllRankParams(rank).addAllOutputFields(columns.outputFields())
                .setGuaranteeTimestamp(read.guaranteeTimestamp()).setUseDefaultConsistency(read.useDefault());
        if (read.level() != null) {
            b.setConsistencyLevel(read.level());
        }
        return new Plan(b.build(), columns, InsertHandler.primaryKey(schema));
    }

    /** The reranker as {@code strategy} and {@code params}, the form of pymilvus's and the SDKs' rankers. */
    private static List<KeyValuePair> rerank(HybridSearch.Rerank rerank, Map<String, Property> props,
                                             ExecutionContext context) throws SQLException {
        Map<String, Object> params = new LinkedHashMap<>();
        String strategy;
        if (rerank instanceof HybridSearch.Rrf rrf) {
            strategy = "rrf";
            if (props.containsKey("norm_score")) {
                throw SqlExceptions.invalidValue("WITH (norm_score = ...) applies to WEIGHTED, not RRF");
            }
            params.put("k", rrf.k() == null ? 60L : number(context.bound(rrf.k()), "the k of RRF"));
        } else {
            strategy = "weighted";
            List<Object> weights = new ArrayList<>();
            for (Expression w : ((HybridSearch.Weighted) rerank).weights()) {
                weights.add(number(context.bound(w), "a weight of WEIGHTED"));
            }
            params.put("weights", weights);
            Property norm = props.get("norm_score");
            if (norm != null) {
                params.put("norm_score", Props.bool(norm));
            }
        }
        return List.of(Props.kv("strategy", strategy), Props.kv("params", FieldEncoder.writeJson(params)));
    }

    private static Number number(Expression e, String where) throws SQLException {
        Object v = Values.toJava(e, where);
        if (!(v instanceof Number n)) {
            throw SqlExceptions.invalidValue(where + " must be a number, got " + FieldEncoder.describeValue(v));
        }
        return n;
    }

    private static FieldSchema field(CollectionSchema schema, String name, String collection) throws SQLException {
        for (FieldSchema f : schema.getFieldsList()) {
            if (f.getName().equals(name)) {
                return f;
            }
        }
        throw SqlExceptions.create(MilvusSqlState.FIELD_NOT_FOUND, "unknown field " + name + " in collection "
                + collection, 0, null);
    }

    @Override
    public List<PlannedCall> plan(HybridSearch s, ExecutionContext context) throws SQLException {
        Plan p = plan(s, context.describeCollection(s.collection()).getSchema(), context);
        return List.of(new PlannedCall(MilvusServiceGrpc.getDescribeCollectionMethod(), DescribeCollectionRequest
                        .newBuilder().setDbName(context.database()).setCollectionName(s.collection()).build(),
                        "read-only, sent while planning (or served from the schema cache) to encode the vectors"),
                PlannedCall.of(MilvusServiceGrpc.getHybridSearchMethod(), p.request()));
    }

    @Override
    public ExecutionResult execute(HybridSearch s, ExecutionContext context) throws SQLException {
        Plan p = plan(s, context.describeCollection(s.collection()).getSchema(), context);
        SearchResults r = context.call(MilvusServiceGrpc.getHybridSearchMethod(), p.request());
        return ExecutionResult.rows("SELECT", RowSource.of(p.columns().columns(), rows(p, r.getResults())));
    }

    /** One row per fused hit, query by query (the same layout as a Search's answer). */
    private static List<Object[]> rows(Plan p, SearchResultData data) {
        OutputColumns.Reader reader = new OutputColumns.Reader(data.getFieldsDataList());
        List<Object> ids = InsertHandler.ids(data.getIds());
        List<OutputColumns.Out> outs = p.columns().outs();
        List<Object[]> rows = new ArrayList<>();
        int start = 0;
        for (int q = 0; q < data.getTopksCount(); q++) {
            int hits = (int) data.getTopks(q);
            for (int i = start; i < start + hits; i++) {
                @Nullable Object[] row = new Object[outs.size()];
                for (int c = 0; c < row.length; c++) {
                    OutputColumns.Out out = outs.get(c);
                    row[c] = switch (out.kind()) {
                        case QUERY_INDEX -> q;
                        case DISTANCE -> data.getScores(i);
                        default -> {
                            Object v = reader.value(out, i);
                            if (v == null && p.pk() != null && out.source().equals(p.pk().getName())) {
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
