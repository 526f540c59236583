/**
 * Approximate nearest-neighbour indexes over the float vectors of one sealed segment, with Milvus's index types,
 * parameters and validation messages. {@link dev.quiver.embedded.index.IndexParams} checks build and search
 * parameters the way Milvus 2.6 (knowhere) does and resolves defaults into an
 * {@link dev.quiver.embedded.index.IndexSpec}; {@link dev.quiver.embedded.index.VectorIndexes} builds a
 * {@link dev.quiver.embedded.index.VectorIndex} for a spec (HNSW on JVector's graph, IVF_FLAT on a k-means coarse
 * quantizer of its own, FLAT as an exact scan), writes it to a checksummed file and reads it back without
 * rebuilding. Indexes never own the vectors: the segment's contiguous {@code float[]} is passed in at build and at
 * read, and every distance is computed with the engine's kernels, so scores equal the exact scan's. Searches take
 * an optional accept set of rows (filter and deletes already applied); a row outside it is never returned.
 */
@NullMarked
package dev.quiver.embedded.index;

import org.jspecify.annotations.NullMarked;
