/**
 * The engine's data path: columnar segments per partition, the write-ahead log, flush and sealing, deletes,
 * compaction, query and exact vector search. {@link dev.quiver.embedded.data.DataStore} is what the catalog calls.
 */
@NullMarked
package dev.quiver.embedded.data;

import org.jspecify.annotations.NullMarked;
