package dev.quiver.embedded.catalog;

/**
 * How far the data path has built one index, counted as Milvus's DescribeIndex counts it: over flushed segments
 * only (growing segments are not counted).
 *
 * @param totalRows rows of every flushed segment
 * @param indexedRows rows of the flushed segments whose index is built
 * @param pendingRows rows of the flushed segments whose index is not built yet
 * @param failReason why building failed on some segment ({@code "<segment id>: <reason>;"} per segment, as Milvus
 *                   reports it), or empty
 */
public record IndexProgress(long totalRows, long indexedRows, long pendingRows, String failReason) {
    /** Progress without failures. */
    public IndexProgress(long totalRows, long indexedRows, long pendingRows) {
        this(totalRows, indexedRows, pendingRows, "");
    }

    /** Whether every flushed segment has its index ({@code Finished}). */
    public boolean finished() {
        return pendingRows == 0;
    }

    /** Whether building failed on some segment ({@code Failed}). */
    public boolean failed() {
        return !failReason.isEmpty();
    }
}
