/**
 * The embedded engine's durable storage, at the level of bytes: it knows nothing of collections or rows.
 * {@link dev.quiver.embedded.storage.DataDirectory} owns one data directory under an exclusive file lock and hands
 * out its stores: the {@link dev.quiver.embedded.storage.WriteAheadLog} (checksummed, segmented, group-committed
 * records with dense log sequence numbers; a torn tail is dropped on open, corruption before the tail is an error),
 * the {@link dev.quiver.embedded.storage.SegmentStore} (immutable, checksummed segment files written atomically and
 * memory-mapped back in) and the {@link dev.quiver.embedded.storage.ManifestStore} (the single point of commit: the
 * catalog, the live files and the WAL checkpoint in one checksummed file replaced atomically; opening refuses a
 * directory whose files do not match it). Every file is written temp-then-rename with the file and its directory
 * forced to disk, and every {@link java.io.IOException} raised here names the file and the step that failed.
 */
@NullMarked
package dev.quiver.embedded.storage;

import org.jspecify.annotations.NullMarked;
