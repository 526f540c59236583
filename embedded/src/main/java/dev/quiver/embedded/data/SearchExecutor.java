package dev.quiver.embedded.data;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.kernel.VectorKernels;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.PlaceholderGroup;
import dev.quiver.proto.milvus.PlaceholderType;
import dev.quiver.proto.milvus.PlaceholderValue;
import dev.quiver.proto.milvus.SearchRequest;
import dev.quiver.proto.milvus.SearchResultData;
import dev.quiver.proto.milvus.SearchResults;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import dev.quiver.wire.VectorBytes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;
import org.jspecify.annotations.Nullable;

/**
 * The Search RPC: exact (brute-force) search over the loaded partitions with Milvus's parameters and result
 * layout (reference §4.4–4.6): L2 (squared distance, ascending), IP and COSINE (similarity, descending) for float,
 * float16 and bfloat16 vectors; HAMMING and JACCARD (ascending) for binary vectors; IP for sparse vectors. Range
 * search, offset, round_decimal, filters, group_by and output fields.
 */
final class SearchExecutor {
    static final long TOPK_LIMIT = 16_384;
    private final DataRegistry registry;
    private final SearchIterators iterators = new SearchIterators();

    SearchExecutor(DataRegistry registry) {
        this.registry = registry;
    }

    /** The metric and its direction. */
    enum Metric {
        L2(false), IP(true), COSINE(true), HAMMING(false), JACCARD(false), BM25(true);

        final boolean higherIsBetter;

        Metric(boolean higherIsBetter) {
            this.higherIsBetter = higherIsBetter;
        }
    }

    /** The query vectors of one request, decoded for the field's kind. */
    private record Queries(int count, float[][] dense, byte[][] binary, SparseVector[] sparse) {
    }

    SearchResults search(String database, SearchRequest request) {
        if (request.getSubReqsCount() > 0) {
            throw EngineException.withReason(MilvusError.UNSUPPORTED_OPERATION, "hybrid search is not supported yet");
        }
        ReadGate.Target target = ReadGate.check(registry.catalog, database, request.getCollectionName(),
                request.getPartitionNamesList());
        if (request.hasHighlighter()) {
            throw EngineException.because(MilvusError.UNSUPPORTED_OPERATION,
                    "search highlighting is not supported by the embedded engine");
        }
        CollectionData data = registry.collection(target.collection());
        CollectionSchema schema = data.schema();
        Params params = new Params(request.getSearchParamsList());

        long topk = params.getLong("topk").orElseThrow(
                () -> EngineException.withReason(MilvusError.PARAMETER_INVALID, "topk not found in search_params"));
        boolean iterator = params.get("iterator").map(v -> v.equals("True") || v.equals("true")).orElse(false);
        if (iterator && (topk < 1 || topk > TOPK_LIMIT)) {
            topk = TOPK_LIMIT;
        }
        if (topk < 1 || topk > TOPK_LIMIT) {
            throw Errors.invalid("topk [%d] is invalid, it should be in range [1, %d], but got %d", topk, TOPK_LIMIT,
                    topk);
        }
        long offset = params.getLong("offset").orElse(0L);
        if (offset < 0 || topk + offset > TOPK_LIMIT) {
            throw Errors.invalid("topk+offset [%d] is invalid, it should be in range [1, %d], but got %d",
                    topk + offset, TOPK_LIMIT, topk + offset);
        }
        long roundDecimal = params.getLong("round_decimal").orElse(-1L);
        if (roundDecimal != -1 && (roundDecimal < 0 || roundDecimal > 6)) {
            throw Errors.invalid("round_decimal [%d] is invalid, should be -1 or an integer in range [0, 6]",
                    roundDecimal);
        }
        FieldSchema field = annsField(schema, params.get("anns_field"));
        Metric metric = metric(target.collection().indexes().get(field.getName()), field,
                params.get("metric_type"));
        Queries queries = decodeQueries(schema, field, request.getPlaceholderGroup());
        Bm25Scorer.Settings bm25 = metric == Metric.BM25
                ? Bm25Scorer.Settings.of(target.collection().indexes().get(field.getName()), params) : null;
        RangeBounds range = RangeBounds.of(params, metric);
        Optional<FieldSchema> groupBy = params.get("group_by_field").map(name -> Schemas.field(schema, name)
                .filter(f -> !f.getIsDynamic())
                .orElseThrow(() -> EngineException.withReason(MilvusError.FIELD_NOT_FOUND,
                        "groupBy field not found in schema: "
                        + "field not found[field=" + name + "]")));
        if (groupBy.isPresent() && range.isRange()) {
            throw Errors.invalid("Not allowed to do range-search when doing search-group-by");
        }
        groupBy.ifPresent(g -> {
            if (Schemas.isVector(g.getDataType()) || g.getDataType() == DataType.JSON
                    || g.getDataType() == DataType.Array || g.getDataType() == DataType.Float
                    || g.getDataType() == DataType.Double || g.getDataType() == DataType.Geometry) {
                throw Errors.invalid("group by field %s of type %s is not supported", g.getName(), g.getDataType());
            }
        });
        if (iterator && groupBy.isPresent()) {
            throw Errors.mismatch("", "", "Not allowed to do groupBy when doing iteration");
        }
        SearchIterators.Call iteration = iterators.parse(params, iterator, groupBy.isPresent(), offset);
        if (iteration != null) {
            topk = iteration.batchSize();
        }
        long groupSize = Math.max(1, params.getLong("group_size").orElse(1L));
        RowFilter filter = Filters.compile(schema, request.getDsl(), request.getExprTemplateValuesMap(),
                Timezones.of(target.collection(), params));
        OutputFields output = OutputFields.resolve(schema, request.getOutputFieldsList(), false);
        if (output.count()) {
            throw Errors.invalid("count(*) is not allowed in search output fields");
        }
        IndexedSearch ann = IndexedSearch.of(registry.indexes, data, target.collection().indexes().get(field.getName()),
                params.all(), (int) (topk + offset));
        long asOf = iterator && request.getGuaranteeTimestamp() > 0 ? request.getGuaranteeTimestamp() : Long.MAX_VALUE;
        ReadView view = registry.view(data, target.partitionIds(), params.getBoolean("ignore_growing"), asOf);
        try (view) {
            Scorer scorer = new Scorer(view, field, metric, filter, range, iteration);
            scorer.ann = ann;
            if (bm25 != null) {
                scorer.bm25 = bm25Scorers(data, target, field, queries, bm25);
            }
            List<OutputFields.Hit> hits = new ArrayList<>();
            List<Float> scores = new ArrayList<>();
            SearchResultData.Builder result = SearchResultData.newBuilder().setNumQueries(queries.count()).setTopK(topk)
                    .setPrimaryFieldName(Schemas.primary(schema).getName());
            for (int q = 0; q < queries.count(); q++) {
                int before = hits.size();
                if (groupBy.isPresent()) {
                    scorer.searchGrouped(queries, q, groupBy.get(), (int) topk, (int) offset, (int) groupSize, hits,
                            scores);
                } else {
                    scorer.search(queries, q, (int) topk, (int) offset, hits, scores);
                }
                result.addTopks(hits.size() - before);
            }
            boolean stringKeys = Schemas.primary(schema).getDataType() == DataType.VarChar;
            List<Object> ids = new ArrayList<>(hits.size());
            for (OutputFields.Hit hit : hits) {
                ids.add(hit.segment().pk(hit.row()));
            }
            result.setIds(Keys.toIds(ids, stringKeys));
            for (float score : scores) {
                result.addScores(round(score, (int) roundDecimal));
            }
            result.addAllFieldsData(ClientForm.of(output.columns(hits), Timezones.of(target.collection(), params)))
                    .addAllOutputFields(output.names());
            groupBy.ifPresent(g -> result.setGroupByFieldValue(ClientForm.of(OutputFields.column(g, hits),
                    Timezones.of(target.collection(), params))));
            if (iteration != null) {
                result.setSearchIteratorV2Results(iterators.advance(iteration, scores, ids, metric.higherIsBetter));
            }
            SearchResults.Builder response = SearchResults.newBuilder().setStatus(Status.newBuilder().build())
                    .setCollectionName(target.collection().name()).setResults(result);
            if (iterator && request.getGuaranteeTimestamp() == 0) {
                response.setSessionTs(view.snapshot);
            }
            return response.build();
        }
    }

    /**
     * One scorer per text query, weighted by the collection's BM25 statistics: every loaded segment of every loaded
     * partition, growing ones included, whatever partitions the search names (Milvus's IDF oracle covers the shard).
     */
    private Bm25Scorer[] bm25Scorers(CollectionData data, ReadGate.Target target, FieldSchema field, Queries queries,
                                     Bm25Scorer.Settings settings) {
        List<Long> loaded = new ArrayList<>();
        for (dev.quiver.embedded.catalog.PartitionInfo partition : target.collection().loadedPartitions()) {
            loaded.add(partition.id());
        }
        List<TermStatistics> segments = new ArrayList<>();
        try (ReadView all = registry.view(data, loaded, false)) {
            for (ReadView.Part part : all.parts) {
                Column column = part.segment().column(field.getFieldID());
                if (column instanceof Column.SparseColumn sparse) {
                    segments.add(sparse.termStatistics(part.rows()));
                }
            }
        }
        Bm25Scorer.Corpus corpus = new Bm25Scorer.Corpus(segments);
        Bm25Scorer[] scorers = new Bm25Scorer[queries.count()];
        for (int q = 0; q < scorers.length; q++) {
            scorers[q] = Bm25Scorer.prepare(queries.sparse()[q], corpus, settings);
        }
        return scorers;
    }

    private static float round(float score, int decimals) {
        if (decimals < 0) {
            return score;
        }
        double multiplier = Math.pow(10, decimals);
        return (float) (Math.floor(score * multiplier + 0.5) / multiplier);
    }

    private static FieldSchema annsField(CollectionSchema schema, Optional<String> name) {
        List<FieldSchema> vectors = Schemas.vectorFields(schema);
        if (name.isPresent()) {
            return vectors.stream().filter(f -> f.getName().equals(name.get())).findFirst().orElseThrow(
                    () -> EngineException.withReason(MilvusError.FIELD_NOT_FOUND,
                            "failed to get field schema by name: fieldName("
                            + name.get() + ") not found: field not found[field=" + name.get() + "]"));
        }
        if (vectors.size() == 1) {
            return vectors.get(0);
        }
        if (vectors.isEmpty()) {
            throw Errors.invalid("there is no vector field in collection %s", schema.getName());
        }
        throw Errors.invalid("multiple anns_fields exist, please specify a anns_field in search_params");
    }

    private static Metric metric(@Nullable IndexInfo index, FieldSchema field, Optional<String> requested) {
        String indexMetric = index == null ? "" : index.metricType().toUpperCase(Locale.ROOT);
        String name;
        if (requested.isPresent()) {
            name = requested.get().toUpperCase(Locale.ROOT);
            if (!indexMetric.isEmpty() && !indexMetric.equals(name)) {
                throw Errors.mismatch(indexMetric, name, "metric type not match");
            }
        } else if (!indexMetric.isEmpty()) {
            name = indexMetric;
        } else {
            name = switch (field.getDataType()) {
                case BinaryVector -> "HAMMING";
                case SparseFloatVector -> field.getIsFunctionOutput() ? "BM25" : "IP";
                default -> "COSINE";
            };
        }
        Metric metric;
        try {
            metric = Metric.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw Errors.invalid("metric type %s is not supported for field %s", name, field.getName());
        }
        boolean ok = switch (field.getDataType()) {
            case FloatVector, Float16Vector, BFloat16Vector, Int8Vector -> metric == Metric.L2
                    || metric == Metric.IP || metric == Metric.COSINE;
            case BinaryVector -> metric == Metric.HAMMING || metric == Metric.JACCARD;
            case SparseFloatVector -> field.getIsFunctionOutput() ? metric == Metric.BM25 : metric == Metric.IP;
            default -> false;
        };
        if (!ok) {
            throw Errors.invalid("metric type %s is not supported for field %s of type %s", name, field.getName(),
                    field.getDataType());
        }
        return metric;
    }

    private static Queries decodeQueries(CollectionSchema schema, FieldSchema field, ByteString placeholderBytes) {
        PlaceholderGroup group;
        try {
            group = PlaceholderGroup.parseFrom(placeholderBytes);
        } catch (InvalidProtocolBufferException e) {
            throw Errors.invalid("failed to parse placeholder group: %s", e.getMessage());
        }
        if (group.getPlaceholdersCount() == 0 || group.getPlaceholders(0).getValuesCount() == 0) {
            throw Errors.invalid("nq (number of search vector per search request) should be in range [1, %d], "
                    + "but got 0", TOPK_LIMIT);
        }
        PlaceholderValue value = group.getPlaceholders(0);
        int nq = value.getValuesCount();
        if (nq > TOPK_LIMIT) {
            throw Errors.invalid("nq (number of search vector per search request) should be in range [1, %d], "
                    + "but got %d", TOPK_LIMIT, nq);
        }
        PlaceholderType type = value.getType();
        DataType fieldType = field.getDataType();
        switch (fieldType) {
            case FloatVector, Float16Vector, BFloat16Vector, Int8Vector -> {
                int dim = Schemas.dim(field);
                float[][] dense = new float[nq][];
                for (int i = 0; i < nq; i++) {
                    ByteString bytes = value.getValues(i);
                    dense[i] = new float[dim];
                    if (type == PlaceholderType.FloatVector) {
                        checkBytes(bytes, dim * 4);
                        dense[i] = VectorBytes.float32(bytes);
                    } else if (type == PlaceholderType.Int8Vector && fieldType == DataType.Int8Vector) {
                        checkBytes(bytes, dim);
                        VectorBytes.decodeInt8(bytes.toByteArray(), 0, dense[i]);
                    } else if (fieldType == DataType.Int8Vector) {
                        throw typeMismatch(field, type);
                    } else if (type == PlaceholderType.Float16Vector || type == PlaceholderType.BFloat16Vector) {
                        checkBytes(bytes, dim * 2);
                        byte[] raw = bytes.toByteArray();
                        if (type == PlaceholderType.Float16Vector) {
                            VectorBytes.decodeFloat16(raw, 0, dense[i]);
                        } else {
                            VectorBytes.decodeBFloat16(raw, 0, dense[i]);
                        }
                    } else {
                        throw typeMismatch(field, type);
                    }
                }
                return new Queries(nq, dense, new byte[0][], new SparseVector[0]);
            }
            case BinaryVector -> {
                if (type != PlaceholderType.BinaryVector) {
                    throw typeMismatch(field, type);
                }
                int rowBytes = Schemas.dim(field) / 8;
                byte[][] binary = new byte[nq][];
                for (int i = 0; i < nq; i++) {
                    checkBytes(value.getValues(i), rowBytes);
                    binary[i] = value.getValues(i).toByteArray();
                }
                return new Queries(nq, new float[0][], binary, new SparseVector[0]);
            }
            case SparseFloatVector -> {
                if (Bm25Columns.isOutput(schema, field)) {
                    if (type != PlaceholderType.VarChar) {
                        // Milvus expects text (VarChar) for a BM25 function's output field
                        throw Errors.invalid("vector type must be the same, field %s - type %s, search info type %s",
                                field.getName(), DataType.VarChar, type);
                    }
                    return textQueries(schema, field, value);
                }
                if (type != PlaceholderType.SparseFloatVector) {
                    throw typeMismatch(field, type);
                }
                SparseVector[] sparse = new SparseVector[nq];
                for (int i = 0; i < nq; i++) {
                    sparse[i] = SparseVector.decode(value.getValues(i));
                }
                return new Queries(nq, new float[0][], new byte[0][], sparse);
            }
            default -> throw Errors.invalid("field %s is not a vector field", field.getName());
        }
    }

    /** Text queries on a BM25 output field: each text's term frequencies with the input field's analyzer. */
    private static Queries textQueries(CollectionSchema schema, FieldSchema field, PlaceholderValue value) {
        dev.quiver.proto.milvus.FunctionSchema function = dev.quiver.embedded.catalog.FunctionSchemas
                .bm25Producing(schema, field).orElseThrow();
        FieldSchema input = schema.getFieldsList().stream()
                .filter(f -> f.getFieldID() == function.getInputFieldIds(0)).findFirst().orElseThrow();
        dev.quiver.embedded.text.TextAnalyzer analyzer = dev.quiver.embedded.catalog.FunctionSchemas.analyzer(input);
        SparseVector[] sparse = new SparseVector[value.getValuesCount()];
        for (int i = 0; i < sparse.length; i++) {
            dev.quiver.wire.SparseRow tf = Bm25Columns.vector(analyzer, value.getValues(i).toStringUtf8());
            sparse[i] = new SparseVector(tf.indices(), tf.values(), tf.encode());
        }
        return new Queries(sparse.length, new float[0][], new byte[0][], sparse);
    }

    private static void checkBytes(ByteString bytes, int expected) {
        if (bytes.size() != expected) {
            throw Errors.invalid("vector dimension mismatch, expected vector size(byte) %d, actual %d.", expected,
                    bytes.size());
        }
    }

    private static RuntimeException typeMismatch(FieldSchema field, PlaceholderType type) {
        return Errors.invalid("vector type must be the same, field %s - type %s, search info type %s",
                field.getName(), field.getDataType(), type);
    }

    /** Scores the view's rows for one query at a time. */
    private static final class Scorer {
        private final ReadView view;
        private final FieldSchema field;
        private final Metric metric;
        private final @Nullable RowFilter filter;
        private final RangeBounds range;
        private final SearchIterators.@Nullable Call iteration;

        Scorer(ReadView view, FieldSchema field, Metric metric, @Nullable RowFilter filter, RangeBounds range,
               SearchIterators.@Nullable Call iteration) {
            this.iteration = iteration;
            this.view = view;
            this.field = field;
            this.metric = metric;
            this.filter = filter;
            this.range = range;
        }

        private @Nullable IntPredicate matches;
        /** Per query, the BM25 scorer of a text search (null for every other metric). */
        Bm25Scorer @Nullable [] bm25;
        /** The ANN index search of sealed segments, or null to scan every segment exactly. */
        @org.jspecify.annotations.Nullable IndexedSearch ann;
        private final Map<Segment, java.util.BitSet> accepted = new HashMap<>();

        /**
         * Searches one sealed segment through its index (top-k search only; range, grouping and iterator searches
         * scan, so an iterator page past its last bound is never cut short by the graph's top k):
         * the rows the filter, deletes and snapshot allow are passed as a bitset computed once per segment.
         * Returns false when the segment has no usable index.
         */
        private boolean searchIndexed(float[] vector, int p, Segment segment, Column column, int rows, Sink sink,
                                      @Nullable TopK heap) {
            if (ann == null || range.isRange() || iteration != null || heap == null || !ann.usable(segment, rows)) {
                return false;
            }
            java.util.BitSet accept = accepted.get(segment);
            if (accept == null) {
                accept = new java.util.BitSet(rows);
                for (int row = 0; row < rows; row++) {
                    if (column.isValid(row) && eligible(segment, row)) {
                        accept.set(row);
                    }
                }
                accepted.put(segment, accept);
            }
            dev.quiver.embedded.index.Neighbors found = ann.search(segment, vector, accept);
            for (int i = 0; i < found.size(); i++) {
                offer(found.scores()[i], p, segment, column, found.rows()[i], sink, heap);
            }
            return true;
        }

        private boolean eligible(Segment segment, int row) {
            return view.visible(segment, row) && (matches == null || matches.test(row));
        }

        /** Visits every eligible row's score. */
        private interface Sink {
            void accept(float score, int part, int row);
        }

        private void scan(Queries queries, int q, Sink sink, @Nullable TopK heap) {
            for (int p = 0; p < view.parts.size(); p++) {
                ReadView.Part part = view.parts.get(p);
                Segment segment = part.segment();
                Column column = segment.column(field.getFieldID());
                if (column == null) {
                    continue;
                }
                matches = filter == null ? null : filter.bind(segment);
                int rows = part.rows();
                switch (field.getDataType()) {
                    case FloatVector -> {
                        float[] vector = queries.dense()[q];
                        if (searchIndexed(vector, p, segment, column, rows, sink, heap)) {
                            continue;
                        }
                        float[] data = ((Column.FloatVectorColumn) column).data();
                        int dim = vector.length;
                        float queryNorm = (float) Math.sqrt(VectorKernels.squaredNorm(vector, 0, dim));
                        for (int row = 0; row < rows; row++) {
                            int offset = row * dim;
                            float score = switch (metric) {
                                case L2 -> VectorKernels.l2(vector, data, offset);
                                case IP -> VectorKernels.dot(vector, data, offset);
                                default -> VectorKernels.cosine(vector, queryNorm, data, offset);
                            };
                            offer(score, p, segment, column, row, sink, heap);
                        }
                    }
                    case Float16Vector, BFloat16Vector, Int8Vector -> {
                        float[] vector = queries.dense()[q];
                        Column.ByteVectorColumn bytes = (Column.ByteVectorColumn) column;
                        byte[] data = bytes.data();
                        float[] decoded = new float[vector.length];
                        float queryNorm = (float) Math.sqrt(VectorKernels.squaredNorm(vector, 0, vector.length));
                        for (int row = 0; row < rows; row++) {
                            if (field.getDataType() == DataType.Float16Vector) {
                                VectorBytes.decodeFloat16(data, row * bytes.rowBytes, decoded);
                            } else if (field.getDataType() == DataType.Int8Vector) {
                                VectorBytes.decodeInt8(data, row * bytes.rowBytes, decoded);
                            } else {
                                VectorBytes.decodeBFloat16(data, row * bytes.rowBytes, decoded);
                            }
                            float score = switch (metric) {
                                case L2 -> VectorKernels.l2(vector, decoded, 0);
                                case IP -> VectorKernels.dot(vector, decoded, 0);
                                default -> VectorKernels.cosine(vector, queryNorm, decoded, 0);
                            };
                            offer(score, p, segment, column, row, sink, heap);
                        }
                    }
                    case BinaryVector -> {
                        byte[] vector = queries.binary()[q];
                        Column.ByteVectorColumn bytes = (Column.ByteVectorColumn) column;
                        byte[] data = bytes.data();
                        for (int row = 0; row < rows; row++) {
                            int offset = row * bytes.rowBytes;
                            float score = metric == Metric.HAMMING ? VectorKernels.hamming(vector, data, offset)
                                    : VectorKernels.jaccard(vector, data, offset);
                            offer(score, p, segment, column, row, sink, heap);
                        }
                    }
                    case SparseFloatVector -> {
                        SparseVector vector = queries.sparse()[q];
                        Column.SparseColumn sparse = (Column.SparseColumn) column;
                        if (bm25 != null) {
                            TermStatistics statistics = sparse.termStatistics(rows);
                            int segmentPart = p;
                            bm25[q].scoreSegment(statistics, rows, statistics.rowLengths(),
                                    (row, score) -> offer(score, segmentPart, segment, column, row, sink, heap));
                            continue;
                        }
                        for (int row = 0; row < rows; row++) {
                            offer(vector.dot(sparse.get(row)), p, segment, column, row, sink, heap);
                        }
                    }
                    default -> throw new IllegalStateException("not a vector field: " + field.getName());
                }
            }
        }

        private void offer(float score, int p, Segment segment, Column column, int row, Sink sink,
                           @Nullable TopK heap) {
            float key = metric.higherIsBetter ? -score : score;
            if ((heap != null && !heap.accepts(key)) || !range.keeps(score) || !column.isValid(row)
                    || !eligible(segment, row)
                    || iteration != null && !iteration.admits(score, segment.pk(row), metric.higherIsBetter)) {
                return;
            }
            sink.accept(key, p, row);
        }

        void search(Queries queries, int q, int topk, int offset, List<OutputFields.Hit> hits, List<Float> scores) {
            TopK heap = new TopK(topk + offset);
            scan(queries, q, heap::push, heap);
            int n = heap.size();
            float[] keys = new float[n];
            int[] parts = new int[n];
            int[] rows = new int[n];
            heap.drainSorted(keys, parts, rows);
            for (int i = offset; i < n; i++) {
                hits.add(new OutputFields.Hit(view.parts.get(parts[i]).segment(), rows[i]));
                scores.add(metric.higherIsBetter ? -keys[i] : keys[i]);
            }
        }

        void searchGrouped(Queries queries, int q, FieldSchema groupField, int topk, int offset, int groupSize,
                           List<OutputFields.Hit> hits, List<Float> scores) {
            List<Candidate> candidates = new ArrayList<>();
            scan(queries, q, (key, p, row) -> candidates.add(new Candidate(key, p, row)), null);
            candidates.sort((a, b) -> Float.compare(a.key(), b.key()));
            Map<Object, List<Candidate>> groups = new LinkedHashMap<>();
            Map<Object, Integer> sizes = new HashMap<>();
            int wantedGroups = topk + offset;
            for (Candidate c : candidates) {
                Segment segment = view.parts.get(c.part()).segment();
                Column column = segment.column(groupField.getFieldID());
                Object value = column == null ? null : column.value(c.row());
                Object key = value == null ? NullGroup.INSTANCE : value;
                List<Candidate> members = groups.get(key);
                if (members == null) {
                    if (groups.size() >= wantedGroups) {
                        continue;
                    }
                    members = new ArrayList<>();
                    groups.put(key, members);
                }
                if (sizes.getOrDefault(key, 0) < groupSize) {
                    members.add(c);
                    sizes.merge(key, 1, Integer::sum);
                }
            }
            int index = 0;
            for (List<Candidate> members : groups.values()) {
                if (index++ < offset) {
                    continue;
                }
                for (Candidate c : members) {
                    hits.add(new OutputFields.Hit(view.parts.get(c.part()).segment(), c.row()));
                    scores.add(metric.higherIsBetter ? -c.key() : c.key());
                }
            }
        }
    }

    /** A scored row awaiting grouping. */
    private record Candidate(float key, int part, int row) {
    }

    /** The group of rows whose group-by value is null. */
    private enum NullGroup { INSTANCE }

}
