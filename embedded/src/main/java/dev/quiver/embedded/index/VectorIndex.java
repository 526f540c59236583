package dev.quiver.embedded.index;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * An index over the float vectors of one sealed segment. Built or read through {@link VectorIndexes}; immutable
 * afterwards and safe for concurrent searches.
 */
public interface VectorIndex {

    /** What was built, with every parameter resolved. */
    IndexSpec spec();

    /** The dimension of the indexed vectors. */
    int dim();

    /** The number of indexed rows. */
    int size();

    /**
     * The {@code settings.topk()} nearest rows to {@code query}, best first, with their Milvus scores.
     *
     * @param query a vector of the index's dimension
     * @param accept the rows that may be returned (filter and deletes applied), or null for every row; a row
     *               outside it is never returned, and fewer than topk rows come back only when fewer are accepted
     */
    Neighbors search(float[] query, SearchSettings settings, @Nullable BitSet accept);

    /** The bytes the index holds beyond the vectors themselves (graph, centroids, lists). */
    long indexBytes();
}
