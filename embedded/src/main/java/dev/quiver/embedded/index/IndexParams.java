package dev.quiver.embedded.index;

import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Milvus's checks of vector index parameters, with its codes and messages (Milvus 2.6 validates them in knowhere
 * before anything is written; see docs/indexes.md for the sources). Build parameters arrive as the strings of
 * {@code CreateIndex.extra_params}; an integer may be sent as a string ("16") but not as a decimal ("16.0") or any
 * other text. Stateless.
 */
public final class IndexParams {
    /** HNSW's maximum out-degree parameter. */
    public static final String M = "M";
    /** HNSW's build-time candidate list size. */
    public static final String EF_CONSTRUCTION = "efConstruction";
    /** IVF's number of lists. */
    public static final String NLIST = "nlist";
    /** HNSW's search-time candidate list size. */
    public static final String EF = "ef";
    /** IVF's number of lists scanned per query. */
    public static final String NPROBE = "nprobe";
    private static final String PQ_M = "m";
    private static final String NBITS = "nbits";

    private static final int INT_MAX = Integer.MAX_VALUE;
    private static final int HNSW_DEFAULT_M = 30;
    private static final int HNSW_DEFAULT_EF_CONSTRUCTION = 360;
    private static final int AUTOINDEX_M = 18;
    private static final int AUTOINDEX_EF_CONSTRUCTION = 240;
    private static final int IVF_DEFAULT_NLIST = 128;
    private static final int IVF_DEFAULT_NPROBE = 8;
    private static final int HNSW_MIN_DEFAULT_EF = 16;

    /** One integer parameter with its knowhere range. */
    private record Range(String name, int min, int max) {
    }

    private static final List<Range> HNSW_RANGES = List.of(new Range(M, 2, 2048),
            new Range(EF_CONSTRUCTION, 1, INT_MAX));
    private static final List<Range> IVF_RANGES = List.of(new Range(NLIST, 1, 65536));
    private static final List<Range> PQ_RANGES = List.of(new Range(PQ_M, 1, 65536), new Range(NBITS, 1, 24));

    /** Milvus 2.6's dense float index types. */
    private static final Set<String> MILVUS_FLOAT_TYPES = Set.of("FLAT", "IVF_FLAT", "IVF_SQ8", "IVF_PQ",
            "IVF_RABITQ", "HNSW", "HNSW_SQ", "HNSW_PQ", "HNSW_PRQ", "DISKANN", "SCANN", "AUTOINDEX");
    /** The types this engine builds. */
    private static final Set<String> IMPLEMENTED = Set.of("FLAT", "HNSW", "IVF_FLAT", "AUTOINDEX");

    private IndexParams() {
    }

    /**
     * Checks the build parameters Milvus checks for {@code indexType} (any Milvus float index type, implemented
     * or not), on vectors of dimension {@code dim}.
     *
     * @throws EngineException 1100 with Milvus's message for the first invalid parameter
     */
    public static void checkBuild(String indexType, Map<String, String> params, int dim) {
        String type = indexType.toUpperCase(Locale.ROOT);
        if (type.startsWith("HNSW")) {
            checkRanges(HNSW_RANGES, params);
        }
        if (type.startsWith("IVF_") || type.equals("SCANN") || type.equals("BIN_IVF_FLAT")) {
            checkRanges(IVF_RANGES, params);
        }
        if (type.endsWith("_PQ") || type.equals("HNSW_PRQ")) {
            checkRanges(PQ_RANGES, params);
            Optional<Integer> m = integer(params, PQ_M);
            if (m.isPresent() && dim % m.get() != 0) {
                throw invalid("The dimension of a vector (dim) should be a multiple of the number of "
                        + "subquantizers (m). Dimension:" + dim);
            }
        }
    }

    /**
     * Validates a dense float index definition and resolves it into what the engine builds, filling Milvus's
     * defaults (HNSW M 30, efConstruction 360; AUTOINDEX as HNSW with M 18, efConstruction 240 like Milvus
     * standalone's {@code autoIndex.params.build}; IVF nlist 128).
     *
     * @throws EngineException 1100 for an invalid parameter; 701 for a Milvus index type this engine does not build
     */
    public static IndexSpec resolve(String indexType, IndexMetric metric, Map<String, String> params, int dim) {
        String type = indexType.toUpperCase(Locale.ROOT);
        if (!MILVUS_FLOAT_TYPES.contains(type)) {
            throw invalid("indexType " + indexType + " is not supported");
        }
        checkBuild(type, params, dim);
        if (!IMPLEMENTED.contains(type)) {
            throw EngineException.because(MilvusError.INDEX_TYPE_NOT_SUPPORTED, "index type " + type
                    + " is not supported by the embedded engine (it builds FLAT, HNSW, IVF_FLAT and AUTOINDEX)");
        }
        Map<String, Integer> resolved = new LinkedHashMap<>();
        String built = type;
        switch (type) {
            case "HNSW" -> {
                resolved.put(M, integer(params, M).orElse(HNSW_DEFAULT_M));
                resolved.put(EF_CONSTRUCTION, integer(params, EF_CONSTRUCTION).orElse(HNSW_DEFAULT_EF_CONSTRUCTION));
            }
            case "AUTOINDEX" -> {
                built = "HNSW";
                checkRanges(HNSW_RANGES, params);
                resolved.put(M, integer(params, M).orElse(AUTOINDEX_M));
                resolved.put(EF_CONSTRUCTION, integer(params, EF_CONSTRUCTION).orElse(AUTOINDEX_EF_CONSTRUCTION));
            }
            case "IVF_FLAT" -> resolved.put(NLIST, integer(params, NLIST).orElse(IVF_DEFAULT_NLIST));
            default -> {
            }
        }
        return new IndexSpec(built, type, metric, resolved);
    }

    /**
     * Validates the search parameters of one request against {@code spec}: HNSW's {@code ef} in
     * [1, 2147483647] and at least {@code topk} (default {@code max(topk, 16)}), IVF's {@code nprobe} in
     * [1, 65536] (default 8; more than nlist scans every list).
     *
     * @param params the request's search parameters ({@code params} of the search request), as strings
     * @throws EngineException 1100 with knowhere's message
     */
    public static SearchSettings search(IndexSpec spec, Map<String, String> params, int topk) {
        switch (spec.indexType()) {
            case "HNSW" -> {
                Optional<Integer> ef = searchInteger(params, EF, 1, INT_MAX);
                if (ef.isPresent() && ef.get() < topk) {
                    throw invalid("ef(" + ef.get() + ") should be larger than k(" + topk + ")");
                }
                return new SearchSettings(topk, ef.orElse(Math.max(topk, HNSW_MIN_DEFAULT_EF)), 0);
            }
            case "IVF_FLAT" -> {
                int nprobe = searchInteger(params, NPROBE, 1, 65536).orElse(IVF_DEFAULT_NPROBE);
                return new SearchSettings(topk, 0, nprobe);
            }
            default -> {
                return new SearchSettings(topk, 0, 0);
            }
        }
    }

    private static void checkRanges(List<Range> ranges, Map<String, String> params) {
        for (Range range : ranges) {
            Optional<Integer> value = integer(params, range.name());
            if (value.isPresent() && (value.get() < range.min() || value.get() > range.max())) {
                throw outOfRange(range.name(), value.get().toString(), range.min(), range.max());
            }
        }
    }

    /** A build parameter as Milvus's proxy converts it: integer text, else a typed error; absent or null = empty. */
    private static Optional<Integer> integer(Map<String, String> params, String name) {
        String raw = params.get(name);
        if (raw == null || raw.isBlank() || raw.equals("null")) {
            return Optional.empty();
        }
        String text = raw.trim();
        if (text.matches("[+-]?\\d+")) {
            BigDecimal value = new BigDecimal(text);
            if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
                    || value.compareTo(BigDecimal.valueOf(INT_MAX)) > 0) {
                throw outOfRange(name, text, Integer.MIN_VALUE, INT_MAX);
            }
            return Optional.of(value.intValueExact());
        }
        if (text.matches("[+-]?(\\d+\\.\\d*|\\.\\d+|\\d+(\\.\\d*)?[eE][+-]?\\d+)")) {
            throw invalid("wrong data type in json, key: '" + name + "', value: '" + raw + "'");
        }
        throw invalid("invalid integer value, key: '" + name + "', value: '" + raw + "'");
    }

    /** A search parameter as knowhere reads it: JSON integer or integer text, in range. */
    private static Optional<Integer> searchInteger(Map<String, String> params, String name, int min, int max) {
        String raw = params.get(name);
        if (raw == null) {
            return Optional.empty();
        }
        String text = raw.trim();
        if (!text.matches("[+-]?\\d+")) {
            throw invalid("Type conflict in json: param '" + name + "' (" + raw + ") should be integer");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw outOfRange(name, text, min, max);
        }
        return Optional.of(value.intValueExact());
    }

    private static EngineException outOfRange(String name, String value, int min, int max) {
        return invalid("Out of range in json: param '" + name + "' (" + value + ") should be in range [" + min + ", "
                + max + "]");
    }

    private static EngineException invalid(String message) {
        return EngineException.because(MilvusError.PARAMETER_INVALID, message);
    }
}
