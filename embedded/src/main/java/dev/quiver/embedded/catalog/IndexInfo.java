package dev.quiver.embedded.catalog;

import java.util.Map;

/**
 * An immutable snapshot of one index.
 *
 * @param id the index id
 * @param name the index name
 * @param fieldName the indexed field
 * @param indexType e.g. {@code FLAT}, {@code AUTOINDEX}, {@code HNSW}
 * @param metricType e.g. {@code L2}, {@code IP}, {@code COSINE}, {@code HAMMING}, {@code JACCARD}; empty for
 *                   scalar indexes
 * @param params every parameter as given (index_type, metric_type and the rest)
 */
public record IndexInfo(long id, String name, String fieldName, String indexType, String metricType,
                        Map<String, String> params) {
    public IndexInfo {
        params = Map.copyOf(params);
    }
}
