package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.CollectionSchema;
import java.util.List;

/**
 * What one read sees: the segments of the partitions it reads, each with the row count captured at the start,
 * the collection's tombstones and the snapshot timestamp (rows and deletes newer than it are ignored).
 */
final class ReadView implements AutoCloseable {
    /** One segment and the number of its rows the read covers. */
    record Part(Segment segment, int rows) {
    }

    final CollectionSchema schema;
    final List<Part> parts;
    private final Tombstones tombstones;
    final long snapshot;
    private final boolean noDeletes;

    private final Runnable release;

    ReadView(CollectionSchema schema, List<Part> parts, Tombstones tombstones, long snapshot) {
        this(schema, parts, tombstones, snapshot, () -> { });
    }

    ReadView(CollectionSchema schema, List<Part> parts, Tombstones tombstones, long snapshot, Runnable release) {
        this.release = release;
        this.schema = schema;
        this.parts = List.copyOf(parts);
        this.tombstones = tombstones;
        this.snapshot = snapshot;
        this.noDeletes = tombstones.isEmpty();
    }

    /** Ends the read: writers may prune the tombstone history it needed. */
    @Override
    public void close() {
        release.run();
    }

    /** Whether the row exists as of the snapshot: inserted no later than it and not deleted since. */
    boolean visible(Segment segment, int row) {
        long ts = segment.timestamp(row);
        if (ts > snapshot) {
            return false;
        }
        return noDeletes || !tombstones.deletes(segment.pk(row), ts, snapshot);
    }
}
