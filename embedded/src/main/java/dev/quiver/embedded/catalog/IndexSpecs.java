package dev.quiver.embedded.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.index.IndexMetric;
import dev.quiver.embedded.index.IndexParams;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.wire.MilvusError;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Index parameters as clients send them in {@code CreateIndex.extra_params}: {@code index_type},
 * {@code metric_type} and the build parameters, either flattened as separate keys or as one JSON {@code params}
 * string. Checks the index type and metric against the field's type the way Milvus does and fills Milvus's
 * defaults (index type {@code AUTOINDEX}; metric COSINE for dense float vectors, HAMMING for binary, IP for
 * sparse). Build parameters are checked with Milvus's ranges and messages ({@link IndexParams#checkBuild}) before
 * anything is recorded. Stateless.
 */
public final class IndexSpecs {
    /** The parameter key of the index type. */
    public static final String INDEX_TYPE = "index_type";
    /** The parameter key of the metric type. */
    public static final String METRIC_TYPE = "metric_type";
    /** Index properties that AlterIndex may set or drop (Milvus's configurable index params). */
    public static final String MMAP_ENABLED = "mmap.enabled";
    /** See {@link #MMAP_ENABLED}. */
    public static final String OFFSET_CACHE_ENABLED = "indexoffsetcache.enabled";
    /** See {@link #MMAP_ENABLED}. */
    public static final String WARMUP = "warmup";
    /** The keys of Milvus's {@code IsConfigableIndexParam}: AlterIndex's whole vocabulary. */
    public static final Set<String> CONFIGURABLE = Set.of(MMAP_ENABLED, OFFSET_CACHE_ENABLED, WARMUP);
    private static final String AUTOINDEX = "AUTOINDEX";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Set<String> FLOAT_INDEXES = Set.of("FLAT", AUTOINDEX, "HNSW", "IVF_FLAT", "IVF_SQ8", "IVF_PQ",
            "DISKANN", "SCANN", "IVF_RABITQ", "HNSW_SQ", "HNSW_PQ", "HNSW_PRQ");
    // HNSW is Milvus's index for int8 vectors (AUTOINDEX resolves to it); FLAT is accepted and scans exactly
    private static final Set<String> INT8_INDEXES = Set.of("FLAT", AUTOINDEX, "HNSW");
    private static final Set<String> BINARY_INDEXES = Set.of("BIN_FLAT", "BIN_IVF_FLAT", AUTOINDEX);
    private static final Set<String> SPARSE_INDEXES = Set.of("SPARSE_INVERTED_INDEX", "SPARSE_WAND", AUTOINDEX);
    private static final Set<String> SCALAR_INDEXES = Set.of("INVERTED", "STL_SORT", "TRIE", "BITMAP", "RTREE",
            AUTOINDEX);
    private static final Set<String> FLOAT_METRICS = Set.of("L2", "IP", "COSINE");
    private static final Set<String> BINARY_METRICS = Set.of("HAMMING", "JACCARD", "SUBSTRUCTURE", "SUPERSTRUCTURE");
    private static final Set<String> SPARSE_METRICS = Set.of("IP");

    private IndexSpecs() {
    }

    /**
     * The index to create on {@code field}.
     *
     * @throws EngineException 1100 when the index type or metric does not fit the field, or the parameters are
     *                         malformed
     */
    public static IndexInfo parse(FieldSchema field, List<KeyValuePair> extraParams, long id, String name) {
        Map<String, String> params = flatten(extraParams);
        String indexType = params.getOrDefault(INDEX_TYPE, "").trim().toUpperCase(Locale.ROOT);
        if (indexType.isEmpty()) {
            indexType = AUTOINDEX;
        }
        params.put(INDEX_TYPE, indexType);
        DataType type = field.getDataType();
        String metric = params.getOrDefault(METRIC_TYPE, "").trim().toUpperCase(Locale.ROOT);
        if (SchemaNormalizer.isVector(type)) {
            Set<String> indexes;
            Set<String> metrics;
            String kind;
            String defaultMetric;
            switch (type) {
                case BinaryVector -> {
                    indexes = BINARY_INDEXES;
                    metrics = BINARY_METRICS;
                    kind = "binary";
                    defaultMetric = "HAMMING";
                }
                case Int8Vector -> {
                    indexes = INT8_INDEXES;
                    metrics = FLOAT_METRICS;
                    kind = "int8";
                    defaultMetric = "COSINE";
                }
                case SparseFloatVector -> {
                    indexes = SPARSE_INDEXES;
                    metrics = SPARSE_METRICS;
                    kind = "sparse";
                    defaultMetric = "IP";
                }
                default -> {
                    indexes = FLOAT_INDEXES;
                    metrics = FLOAT_METRICS;
                    kind = "float";
                    defaultMetric = "COSINE";
                }
            }
            if (!indexes.contains(indexType)) {
                throw invalid("data type " + type + " can't build with this index " + indexType);
            }
            if (type == DataType.SparseFloatVector && field.getIsFunctionOutput()) {
                metric = bm25Defaults(params, metric);
                metrics = Set.of("BM25");
            }
            if (metric.isEmpty()) {
                metric = defaultMetric;
            }
            if (!metrics.contains(metric)) {
                throw invalid(kind + " vector index does not support metric type: " + metric);
            }
            if (type == DataType.BinaryVector && !indexType.equals("BIN_FLAT") && !indexType.equals(AUTOINDEX)
                    && (metric.equals("SUBSTRUCTURE") || metric.equals("SUPERSTRUCTURE"))) {
                throw invalid("binary vector index " + indexType + " does not support metric type: " + metric);
            }
            params.put(METRIC_TYPE, metric);
            if (type != DataType.SparseFloatVector) {
                IndexParams.checkBuild(indexType, params, dimension(field));
            }
            if (kind.equals("float")) {
                // the float index types the engine cannot build are refused here (701), not recorded and scanned
                IndexParams.resolve(indexType, IndexMetric.valueOf(metric), params, dimension(field));
            }
        } else {
            checkScalar(field, indexType);
            if (!metric.isEmpty()) {
                params.put(METRIC_TYPE, metric);
            }
        }
        return new IndexInfo(id, name, field.getName(), indexType, metric, params);
    }

    /**
     * Milvus's {@code FillFunctionOutputIndexParams} for a BM25 output field: {@code bm25_k1} 1.2, {@code bm25_b}
     * 0.75 and {@code bm25_avgdl} 100 when absent, metric BM25 when absent and no other metric allowed; k1 and b are
     * checked against knowhere's ranges ([0, 3] and [0, 1]).
     */
    private static String bm25Defaults(Map<String, String> params, String metric) {
        params.putIfAbsent("bm25_k1", "1.2");
        params.putIfAbsent("bm25_b", "0.75");
        params.putIfAbsent("bm25_avgdl", "100");
        if (metric.isEmpty()) {
            metric = "BM25";
        } else if (!metric.equals("BM25")) {
            throw invalid("index metric type of BM25 function output field must be BM25, got " + metric);
        }
        checkBm25Range(params, "bm25_k1", 3);
        checkBm25Range(params, "bm25_b", 1);
        String algo = params.get("inverted_index_algo");
        if (algo != null && !Set.of("TAAT_NAIVE", "DAAT_WAND", "DAAT_MAXSCORE", "DSP").contains(algo)) {
            throw invalid("sparse inverted index algo " + algo + " not found or not supported, supported: "
                    + "[TAAT_NAIVE DAAT_WAND DAAT_MAXSCORE DSP]");
        }
        return metric;
    }

    private static void checkBm25Range(Map<String, String> params, String key, double max) {
        String raw = Objects.requireNonNull(params.get(key), "bm25Defaults put every bm25 key");
        double value;
        try {
            value = Double.parseDouble(raw.trim());
        } catch (NumberFormatException e) {
            throw invalid("wrong data type in json, key: '" + key + "', value: '" + raw + "'");
        }
        if (!(value >= 0 && value <= max)) {
            throw invalid("Out of range in json: param '" + key + "' (" + raw + ") should be in range [0.000000, "
                    + String.format(Locale.ROOT, "%f", max) + "]");
        }
    }

    private static int dimension(FieldSchema field) {
        for (KeyValuePair pair : field.getTypeParamsList()) {
            if (pair.getKey().equals("dim")) {
                try {
                    return Integer.parseInt(pair.getValue().trim());
                } catch (NumberFormatException e) {
                    return 1;
                }
            }
        }
        return 1;
    }

    /** Whether two indexes on the same field are the same index (Milvus accepts a repeated identical create). */
    public static boolean sameDefinition(IndexInfo a, IndexInfo b) {
        return a.fieldName().equals(b.fieldName()) && buildParams(a).equals(buildParams(b));
    }

    /** The parameters that define what is built: Milvus compares indexes without the configurable keys. */
    private static Map<String, String> buildParams(IndexInfo index) {
        Map<String, String> params = new LinkedHashMap<>(index.params());
        params.keySet().removeAll(CONFIGURABLE);
        return params;
    }

    private static void checkScalar(FieldSchema field, String indexType) {
        if (!SCALAR_INDEXES.contains(indexType)) {
            throw invalid("data type " + field.getDataType() + " can't build with this index " + indexType);
        }
        DataType type = field.getDataType();
        boolean numeric = switch (type) {
            case Int8, Int16, Int32, Int64, Float, Double -> true;
            default -> false;
        };
        boolean ok = switch (indexType) {
            case "STL_SORT" -> numeric || type == DataType.VarChar || type == DataType.Timestamptz;
            case "TRIE" -> type == DataType.VarChar;
            case "RTREE" -> type == DataType.Geometry;
            case AUTOINDEX -> true;
            case "BITMAP" -> type == DataType.Bool || type == DataType.VarChar || type == DataType.Array
                    || (numeric && type != DataType.Float && type != DataType.Double);
            default -> type != DataType.Geometry;
        };
        if (!ok) {
            throw invalid(indexType + " index is not supported on field " + field.getName() + " of type " + type);
        }
        if (field.getIsPrimaryKey() && indexType.equals("BITMAP")) {
            throw invalid("create bitmap index on primary key not supported");
        }
    }

    static Map<String, String> flatten(List<KeyValuePair> extraParams) {
        Map<String, String> params = new LinkedHashMap<>();
        for (KeyValuePair pair : extraParams) {
            if (pair.getKey().equals("params")) {
                params.putAll(parseJsonParams(pair.getValue()));
            } else {
                params.put(pair.getKey(), pair.getValue());
            }
        }
        return params;
    }

    private static Map<String, String> parseJsonParams(String json) {
        Map<String, String> params = new LinkedHashMap<>();
        if (json.isBlank()) {
            return params;
        }
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (IOException e) {
            throw invalid("index params is not a JSON object: " + json);
        }
        if (node == null || !node.isObject()) {
            throw invalid("index params is not a JSON object: " + json);
        }
        node.properties().forEach(e -> params.put(e.getKey(),
                e.getValue().isValueNode() ? e.getValue().asText() : e.getValue().toString()));
        return params;
    }

    private static EngineException invalid(String message) {
        return EngineException.because(MilvusError.PARAMETER_INVALID, message);
    }
}
