/**
 * The engine's data path: columnar segments per partition, the write-ahead log, flush and sealing, deletes,
 * compaction, query and exact vector search. {@link dev.quiver.embedded.data.DataEngine} is the facade: one method
 * per data RPC, plus the {@link dev.quiver.embedded.catalog.DataStore} the catalog notifies.
 *
 * <p><b>Segments.</b> Each partition has at most one growing segment; every field is a column of primitive arrays
 * (float vectors in one contiguous {@code float[]}), appended under the collection's lock and published through a
 * volatile row-count watermark. A growing segment is sealed by Flush or when it reaches
 * {@link dev.quiver.embedded.data.DataOptions#sealRows()} rows or {@code sealBytes} estimated bytes; later inserts
 * start a new segment. Readers take no lock: they capture the segment lists, each segment's row count and the
 * collection's committed timestamp, and ignore rows and tombstones newer than it, so a search sees a consistent
 * snapshot and never waits for inserts.
 *
 * <p><b>Deletes.</b> Tombstones map a primary key to the timestamp of its latest delete; a row is deleted when its
 * insert timestamp is older than its key's tombstone, so a row inserted after the delete is visible again. Upsert
 * writes the tombstones and the rows under one timestamp, published together. Tombstones are collection-wide (a
 * delete naming a partition also hides the key in other partitions). {@code row_count} statistics count segment
 * rows as Milvus does (deletes are not subtracted until compaction); {@code count(*)} is exact. Compaction
 * rewrites sealed segments without their deleted rows under new segment ids.
 *
 * <p><b>Durability (file mode).</b> Every Insert/Upsert/Delete is appended to the write-ahead log (synchronously
 * forced by default) before the reply, then applied in memory. Sealed segments are written to checksummed,
 * fsynced segment files before Flush replies (and when sealed by size), so GetFlushState is true at once. Every
 * file becomes live only through a manifest commit (see {@link dev.quiver.embedded.storage.ManifestStore}), and
 * files it replaces (compaction sources, older tombstone snapshots, files of dropped collections) are deleted only
 * after it. After a flush, every collection's tombstones are written as a snapshot file, the WAL checkpoint is
 * committed and the log files whose records are all in live files are deleted. Start-up registers the live files
 * the manifest lists (checking each in full; a missing or damaged one is an error naming it), loads the tombstone
 * snapshots and replays the log: deletes always (idempotent), inserts only when newer than the partition's
 * persisted segments.
 *
 * <p><b>Load and release.</b> Reads cover only partitions the catalog reports loaded (101/201 otherwise). Release
 * drops sealed segments' rows from the read path; in file mode they are freed and mapped back from their segment
 * files on load. In memory mode there is nowhere else to keep them, so they are parked aside, not freed. Growing
 * segments stay in memory in both modes.
 *
 * <p><b>Not supported.</b> Hybrid search (sub-requests), partition-key routing (rows of a partition-key collection
 * go to its first partition), iterators, and text-match functions in filters answer with clear errors or are
 * documented here; search is always exact (FLAT), whatever index the catalog records.
 */
@NullMarked
package dev.quiver.embedded.data;

import org.jspecify.annotations.NullMarked;
