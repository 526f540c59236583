package dev.quiver.embedded.index;

/**
 * The answer of one index search, best first: segment rows and their Milvus scores (see {@link IndexMetric}).
 *
 * @param rows the segment rows
 * @param scores the scores, {@code scores[i]} belongs to {@code rows[i]}
 */
public record Neighbors(int[] rows, float[] scores) {
    /** The number of neighbours found. */
    public int size() {
        return rows.length;
    }
}
