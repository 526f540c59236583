package dev.quiver.embedded.catalog;

/**
 * How far the data path has built one index, counted as Milvus's DescribeIndex counts it: over flushed segments
 * only (growing segments are not counted).
 *
 * @param totalRows rows of every flushed segment
 * @param indexedRows rows of the flushed segments whose index is built
 * @param pendingRows rows of the flushed segments whose index is not built yet
 */
public record IndexProgress(long totalRows, long indexedRows, long pendingRows) {
    /** Whether every flushed segment has its index ({@code Finished}). */
    public boolean finished() {
        return pendingRows == 0;
    }
}
