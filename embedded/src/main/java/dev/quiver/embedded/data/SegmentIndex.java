package dev.quiver.embedded.data;

import dev.quiver.embedded.index.VectorIndex;

/**
 * An ANN index attached to one in-memory sealed segment.
 *
 * @param indexId the catalog index it was built for (a dropped and re-created index has a new id)
 * @param index the structure, over the segment's own vector array
 */
record SegmentIndex(long indexId, VectorIndex index) {
}
