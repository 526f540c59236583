package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.HybridSearchRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResultData;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.SubSearchRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The HybridSearch RPC (and Search with {@code sub_reqs}, its internal form): runs every ANN sub-request through
 * the single-request search path, fuses the ranked lists per query with the request's {@link Reranker}, and applies
 * {@code limit}, {@code offset}, {@code round_decimal}, {@code group_by_field} and {@code output_fields} to the
 * fused list, as Milvus's proxy does (docs/milvus-compatibility.md, "Hybrid search").
 */
final class HybridSearchExecutor {
    static final int MAX_SUB_REQUESTS = 1024;
    private final DataRegistry registry;
    private final SearchExecutor searches;

    HybridSearchExecutor(DataRegistry registry, SearchExecutor searches) {
        this.registry = registry;
        this.searches = searches;
    }

    /** The rank-level settings of one hybrid search. */
    private record Settings(long limit, long offset, int roundDecimal, Optional<String> groupBy, long groupSize,
                            boolean strictGroupSize, String groupScorer) {
        boolean grouping() {
            return groupBy.isPresent();
        }
    }

    /** A fused hit before output: its key and fused score. */
    private record Fused(Object id, float score) {
    }

    /** Search with {@code sub_reqs}: the search params are the rank params. */
    SearchResults search(String database, SearchRequest request) {
        HybridSearchRequest.Builder hybrid = HybridSearchRequest.newBuilder().setDbName(request.getDbName())
                .setCollectionName(request.getCollectionName()).addAllPartitionNames(request.getPartitionNamesList())
                .addAllRankParams(request.getSearchParamsList()).addAllOutputFields(request.getOutputFieldsList())
                .setFunctionScore(request.getFunctionScore());
        for (SubSearchRequest sub : request.getSubReqsList()) {
            hybrid.addRequests(SearchRequest.newBuilder().setDsl(sub.getDsl()).setDslType(sub.getDslType())
                    .setPlaceholderGroup(sub.getPlaceholderGroup()).addAllSearchParams(sub.getSearchParamsList())
                    .setNq(sub.getNq()).putAllExprTemplateValues(sub.getExprTemplateValuesMap()));
        }
        return hybridSearch(database, hybrid.build());
    }

    SearchResults hybridSearch(String database, HybridSearchRequest request) {
        int subCount = request.getRequestsCount();
        if (subCount == 0) {
            throw Errors.invalid("hybrid search needs at least one ann search request, got none");
        }
        if (subCount > MAX_SUB_REQUESTS) {
            throw Errors.unexpected("maximum of ann search requests is %d", MAX_SUB_REQUESTS);
        }
        ReadGate.Target target = ReadGate.check(registry.catalog, database, request.getCollectionName(),
                request.getPartitionNamesList());
        CollectionData data = registry.collection(target.collection());
        CollectionSchema schema = data.schema();
        Map<String, String> rankParams = Rerankers.pairs(request.getRankParamsList());
        Settings settings = settings(schema, rankParams);
        Reranker reranker = Rerankers.parse(request.getFunctionScore(), rankParams);
        OutputFields output = OutputFields.resolve(schema, request.getOutputFieldsList(), false);
        if (output.count()) {
            throw Errors.invalid("count(*) is not allowed in search output fields");
        }

        List<SearchResultData> subResults = new ArrayList<>(subCount);
        List<String> metrics = new ArrayList<>(subCount);
        long nq = -1;
        for (SearchRequest sub : request.getRequestsList()) {
            SearchRequest single = subRequest(request, sub, settings);
            metrics.add(metricName(target, schema, new Params(single.getSearchParamsList())));
            SearchResultData result = searches.search(database, single).getResults();
            if (nq >= 0 && result.getNumQueries() != nq) {
                throw Errors.mismatch(nq, result.getNumQueries(), "sub search request nq should be the same");
            }
            nq = result.getNumQueries();
            subResults.add(result);
        }

        List<List<Object>> subIds = subResults.stream().map(r -> Keys.fromIds(r.getIds())).toList();
        int[] starts = new int[subCount];
        Set<Object> wanted = new HashSet<>();
        List<Map<Object, Float>> fusedPerQuery = new ArrayList<>();
        for (int q = 0; q < nq; q++) {
            List<Reranker.Ranked> lists = new ArrayList<>(subCount);
            for (int s = 0; s < subCount; s++) {
                SearchResultData result = subResults.get(s);
                int start = starts[s];
                int size = (int) result.getTopks(q);
                starts[s] += size;
                float[] scores = new float[size];
                for (int i = 0; i < size; i++) {
                    scores[i] = result.getScores(start + i);
                }
                lists.add(new Reranker.Ranked(subIds.get(s).subList(start, start + size), scores, metrics.get(s)));
            }
            Map<Object, Float> fused = reranker.fuse(lists);
            fusedPerQuery.add(fused);
            wanted.addAll(fused.keySet());
        }

        Map<Object, OutputFields.Hit> rows = lookUp(data, target, wanted);
        FieldSchema groupField = settings.groupBy().map(name -> Schemas.field(schema, name).orElseThrow()).orElse(null);
        boolean descending = settings.grouping() || reranker.descending(metrics);
        List<List<Fused>> perQuery = new ArrayList<>();
        for (Map<Object, Float> fused : fusedPerQuery) {
            fused.keySet().retainAll(rows.keySet());
            perQuery.add(groupField != null ? grouped(fused, rows, groupField, settings)
                    : ranked(fused, settings, descending));
        }
        return results(target, schema, settings, output, perQuery, rows, groupField);
    }

    private static Settings settings(CollectionSchema schema, Map<String, String> rankParams) {
        String limitText = rankParams.get("limit");
        if (limitText == null) {
            throw Errors.unexpected("limit not found in rank_params");
        }
        long limit = parse(limitText, "limit");
        long offset = rankParams.containsKey("offset") ? parse(rankParams.get("offset"), "offset") : 0;
        if (offset < 0) {
            throw Errors.unexpected("invalid max query result window, offset [%d] is invalid, should be gte than 0",
                    offset);
        }
        if (limit <= 0) {
            throw Errors.unexpected("invalid max query result window, limit [%d] is invalid, should be greater "
                    + "than 0", limit);
        }
        if (limit + offset > SearchExecutor.TOPK_LIMIT) {
            throw Errors.unexpected("invalid max query result window, (offset+limit) should be in range [1, %d], "
                    + "but got %d", SearchExecutor.TOPK_LIMIT, limit + offset);
        }
        String roundText = rankParams.getOrDefault("round_decimal", "-1");
        long round;
        try {
            round = Params.parseLong(roundText);
        } catch (NumberFormatException e) {
            round = Long.MIN_VALUE;
        }
        if (round != -1 && (round < 0 || round > 6)) {
            throw Errors.unexpected("round_decimal [%s] is invalid, should be -1 or an integer in range [0, 6]",
                    roundText);
        }
        Optional<String> groupBy = Optional.ofNullable(rankParams.get("group_by_field")).filter(s -> !s.isBlank());
        if (groupBy.isPresent()
                && Schemas.field(schema, groupBy.get()).filter(f -> !f.getIsDynamic()).isEmpty()) {
            throw dev.quiver.embedded.error.EngineException.withReason(dev.quiver.wire.MilvusError.FIELD_NOT_FOUND,
                    "groupBy field not found in schema: field not found[field=" + groupBy.get() + "]");
        }
        long groupSize = rankParams.containsKey("group_size") ? parse(rankParams.get("group_size"), "group_size")
                : 1;
        boolean strict = Boolean.parseBoolean(rankParams.getOrDefault("strict_group_size", "false"));
        String scorer = rankParams.getOrDefault("rank_group_scorer", "max").toLowerCase(Locale.ROOT);
        if (!scorer.equals("max") && !scorer.equals("sum") && !scorer.equals("avg")) {
            throw Errors.invalid("input group scorer type: %s is not supported!", scorer);
        }
        return new Settings(limit, offset, (int) round, groupBy, Math.max(1, groupSize), strict, scorer);
    }

    private static long parse(String text, String key) {
        try {
            return Params.parseLong(text);
        } catch (NumberFormatException e) {
            throw Errors.unexpected("%s [%s] is invalid", key, text);
        }
    }

    /** A sub-request as a standalone search of the hybrid request's collection and partitions. */
    private static SearchRequest subRequest(HybridSearchRequest hybrid, SearchRequest sub, Settings settings) {
        SearchRequest.Builder single = sub.toBuilder().setDbName(hybrid.getDbName())
                .setCollectionName(hybrid.getCollectionName()).clearPartitionNames()
                .addAllPartitionNames(hybrid.getPartitionNamesList()).clearOutputFields().clearSubReqs()
                .clearFunctionScore();
        if (settings.grouping()) {
            List<KeyValuePair> params = new ArrayList<>();
            for (KeyValuePair kv : sub.getSearchParamsList()) {
                if (!kv.getKey().equals("group_by_field") && !kv.getKey().equals("group_size")) {
                    params.add(kv);
                }
            }
            params.add(KeyValuePair.newBuilder().setKey("group_by_field").setValue(settings.groupBy().get()).build());
            params.add(KeyValuePair.newBuilder().setKey("group_size")
                    .setValue(Long.toString(settings.groupSize())).build());
            single.clearSearchParams().addAllSearchParams(params);
        }
        return single.build();
    }

    /** The metric a sub-search scores with: its own, else its field's index metric, else the type's default. */
    private static String metricName(ReadGate.Target target, CollectionSchema schema, Params params) {
        Optional<String> requested = params.get("metric_type");
        if (requested.isPresent()) {
            return requested.get().toUpperCase(Locale.ROOT);
        }
        List<FieldSchema> vectors = Schemas.vectorFields(schema);
        FieldSchema field = params.get("anns_field").flatMap(name -> Schemas.field(schema, name))
                .orElse(vectors.isEmpty() ? null : vectors.get(0));
        if (field == null) {
            return "COSINE";
        }
        IndexInfo index = target.collection().indexes().get(field.getName());
        if (index != null && !index.metricType().isEmpty()) {
            return index.metricType().toUpperCase(Locale.ROOT);
        }
        return switch (field.getDataType()) {
            case BinaryVector -> "HAMMING";
            case SparseFloatVector -> "IP";
            default -> "COSINE";
        };
    }

    /** The visible rows of the fused keys (a key deleted since its sub-search ran is dropped). */
    private Map<Object, OutputFields.Hit> lookUp(CollectionData data, ReadGate.Target target, Set<Object> keys) {
        Map<Object, OutputFields.Hit> rows = new HashMap<>();
        if (keys.isEmpty()) {
            return rows;
        }
        try (ReadView view = registry.view(data, target.partitionIds(), false)) {
            for (ReadView.Part part : view.parts) {
                Segment segment = part.segment();
                for (int row = 0; row < part.rows(); row++) {
                    Object pk = segment.pk(row);
                    if (keys.contains(pk) && view.visible(segment, row)) {
                        rows.put(pk, new OutputFields.Hit(segment, row));
                    }
                }
            }
        }
        return rows;
    }

    private static Comparator<Fused> order(boolean descending) {
        Comparator<Fused> byScore = (a, b) -> descending ? Float.compare(b.score(), a.score())
                : Float.compare(a.score(), b.score());
        return byScore.thenComparing(Fused::id, HybridSearchExecutor::compareKeys);
    }

    @SuppressWarnings("unchecked")
    private static int compareKeys(Object a, Object b) {
        return ((Comparable<Object>) a).compareTo(b);
    }

    private static List<Fused> ranked(Map<Object, Float> fused, Settings settings, boolean descending) {
        List<Fused> all = new ArrayList<>(fused.size());
        fused.forEach((id, score) -> all.add(new Fused(id, score)));
        all.sort(order(descending));
        List<Fused> page = new ArrayList<>();
        long end = Math.min(all.size(), settings.offset() + settings.limit());
        for (long i = settings.offset(); i < end; i++) {
            Fused f = all.get((int) i);
            page.add(new Fused(f.id(), round(f.score(), settings.roundDecimal())));
        }
        return page;
    }

    /** Groups of at most group_size keys by the group field's value, ranked by the group scorer (max/sum/avg). */
    private static List<Fused> grouped(Map<Object, Float> fused, Map<Object, OutputFields.Hit> rows,
                                       FieldSchema groupField, Settings settings) {
        List<Fused> all = new ArrayList<>(fused.size());
        fused.forEach((id, score) -> all.add(new Fused(id, score)));
        all.sort(order(true));
        Map<Object, List<Fused>> groups = new LinkedHashMap<>();
        for (Fused f : all) {
            OutputFields.Hit hit = Objects.requireNonNull(rows.get(f.id()), "fused keys were narrowed to the rows");
            Column column = hit.segment().column(groupField.getFieldID());
            Object value = column == null ? null : column.value(hit.row());
            List<Fused> members = groups.computeIfAbsent(value == null ? NullGroup.INSTANCE : value,
                    k -> new ArrayList<>());
            if (members.size() < settings.groupSize()) {
                members.add(f);
            }
        }
        record Group(List<Fused> members, float score) {
        }
        List<Group> ranked = new ArrayList<>();
        for (List<Fused> members : groups.values()) {
            // Milvus starts a group's max at zero, so a group of negative scores scores 0 under "max".
            float max = 0f;
            float sum = 0f;
            for (Fused f : members) {
                max = Math.max(max, f.score());
                sum += f.score();
            }
            float score = switch (settings.groupScorer()) {
                case "sum" -> sum;
                case "avg" -> sum / (float) members.size();
                default -> max;
            };
            ranked.add(new Group(members, score));
        }
        ranked.sort(Comparator.comparing(Group::score, Comparator.reverseOrder())
                .thenComparing(g -> g.members().size(), Comparator.reverseOrder())
                .thenComparing(g -> g.members().get(0).id(), HybridSearchExecutor::compareKeys));
        List<Fused> page = new ArrayList<>();
        long end = Math.min(ranked.size(), settings.offset() + settings.limit());
        for (long i = settings.offset(); i < end; i++) {
            Group group = ranked.get((int) i);
            if (settings.strictGroupSize() && group.members().size() < settings.groupSize()) {
                continue;
            }
            for (Fused f : group.members()) {
                page.add(new Fused(f.id(), round(f.score(), settings.roundDecimal())));
            }
        }
        return page;
    }

    private static float round(float score, int decimals) {
        if (decimals < 0) {
            return score;
        }
        double multiplier = Math.pow(10, decimals);
        return (float) (Math.floor(score * multiplier + 0.5) / multiplier);
    }

    private static SearchResults results(ReadGate.Target target, CollectionSchema schema, Settings settings,
                                         OutputFields output, List<List<Fused>> perQuery,
                                         Map<Object, OutputFields.Hit> rows, @Nullable FieldSchema groupField) {
        FieldSchema primary = Schemas.primary(schema);
        SearchResultData.Builder result = SearchResultData.newBuilder().setNumQueries(perQuery.size())
                .setTopK(settings.grouping() ? settings.limit() * settings.groupSize() : settings.limit())
                .setPrimaryFieldName(primary.getName());
        List<Object> ids = new ArrayList<>();
        List<OutputFields.Hit> hits = new ArrayList<>();
        for (List<Fused> query : perQuery) {
            result.addTopks(query.size());
            for (Fused f : query) {
                ids.add(f.id());
                hits.add(rows.get(f.id()));
                result.addScores(f.score());
            }
        }
        result.setIds(Keys.toIds(ids, primary.getDataType() == DataType.VarChar));
        result.addAllFieldsData(ClientForm.of(output.columns(hits), Timezones.of(target.collection())))
                .addAllOutputFields(output.names());
        if (groupField != null) {
            result.setGroupByFieldValue(ClientForm.of(OutputFields.column(groupField, hits),
                    Timezones.of(target.collection())));
        }
        return SearchResults.newBuilder().setStatus(Status.newBuilder().build())
                .setCollectionName(target.collection().name()).setResults(result).build();
    }

    /** The group of rows whose group-by value is null. */
    private enum NullGroup { INSTANCE }
}
