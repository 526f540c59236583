package dev.quiver.embedded.index;

import java.util.Map;

/**
 * A validated index definition with Milvus's defaults filled in.
 *
 * @param indexType the index type actually built: {@code FLAT}, {@code HNSW} or {@code IVF_FLAT} ({@code AUTOINDEX}
 *                  resolves to HNSW)
 * @param requestedType the index type the client asked for, e.g. {@code AUTOINDEX}
 * @param metric the metric
 * @param params the integer build parameters by Milvus name ({@code M}, {@code efConstruction}, {@code nlist})
 */
public record IndexSpec(String indexType, String requestedType, IndexMetric metric, Map<String, Integer> params) {
    public IndexSpec {
        params = Map.copyOf(params);
    }

    /** A build parameter; absent parameters are a programming error. */
    public int param(String name) {
        Integer value = params.get(name);
        if (value == null) {
            throw new IllegalStateException("index " + indexType + " has no parameter " + name);
        }
        return value;
    }
}
