package dev.quiver.embedded.index;

/**
 * The validated search parameters of one request against one index type.
 *
 * @param topk the number of neighbours asked for (Milvus's {@code limit}, plus any offset)
 * @param ef HNSW's candidate list size, at least {@code topk}; 0 for other types
 * @param nprobe IVF's number of lists to scan, at least 1; 0 for other types
 */
public record SearchSettings(int topk, int ef, int nprobe) {
}
