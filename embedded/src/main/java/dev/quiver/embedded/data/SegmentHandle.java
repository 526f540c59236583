package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.SegmentState;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A segment as the partition tracks it: id, state and (when in memory) its rows. A growing segment's handle always
 * holds its data. A sealed segment's data is dropped on release: in file mode it is mapped back from its segment
 * file on load; in memory mode it is parked in {@link #spilled} because it cannot be freed without losing it.
 */
final class SegmentHandle {
    final long id;
    final long partitionId;
    private volatile SegmentState state;
    private volatile @Nullable Segment data;
    private volatile @Nullable Segment spilled;
    private volatile int sealedRows = -1;
    /** The greatest WAL sequence number whose rows this segment holds (0 when unknown or in memory mode). */
    volatile long maxLsn;
    /** The smallest WAL sequence number whose rows this segment holds (0 when none yet). */
    volatile long minLsn;
    /** Hybrid timestamp at which it was sealed (0 while growing). */
    volatile long sealTimestamp;
    /** File mode: the id of the segment file holding its rows, once committed (0 before, and in memory mode). */
    volatile long fileId;
    /**
     * Field id → id of the catalog index built for it over this segment (in file mode: its index file is committed
     * in the manifest). The built structure itself lives on the in-memory {@link Segment}.
     */
    private final Map<Long, Long> indexed = new ConcurrentHashMap<>();

    SegmentHandle(Segment segment, SegmentState state) {
        this.id = segment.id;
        this.partitionId = segment.partitionId;
        this.data = segment;
        this.state = state;
        if (state != SegmentState.Growing) {
            sealedRows = segment.rowCount();
        }
    }

    /** A sealed segment known only from its file, not in memory. */
    SegmentHandle(long id, long partitionId, int rows, SegmentState state) {
        this.id = id;
        this.partitionId = partitionId;
        this.state = state;
        this.sealedRows = rows;
    }

    SegmentState state() {
        return state;
    }

    void state(SegmentState state) {
        this.state = state;
    }

    boolean growing() {
        return state == SegmentState.Growing;
    }

    void seal(long timestamp) {
        Segment segment = data;
        sealedRows = segment == null ? 0 : segment.rowCount();
        sealTimestamp = timestamp;
        state = SegmentState.Sealed;
    }

    int rowCount() {
        int sealed = sealedRows;
        if (sealed >= 0) {
            return sealed;
        }
        Segment segment = data;
        return segment == null ? 0 : segment.rowCount();
    }

    @Nullable Segment data() {
        return data;
    }

    boolean inMemory() {
        return data != null;
    }

    void attach(Segment segment) {
        data = segment;
        spilled = null;
    }

    /** Drops the in-memory rows; {@code keep} parks them aside (memory mode) instead of freeing them. */
    void detach(boolean keep) {
        Segment segment = data;
        if (segment == null) {
            return;
        }
        spilled = keep ? segment : null;
        data = null;
    }

    @Nullable Segment spilled() {
        return spilled;
    }

    /** Whether index {@code indexId} of field {@code fieldId} is built for this segment. */
    boolean hasIndex(long fieldId, long indexId) {
        Long built = indexed.get(fieldId);
        return built != null && built == indexId;
    }

    void markIndexed(long fieldId, long indexId) {
        indexed.put(fieldId, indexId);
    }

    void unmarkIndexed(long fieldId) {
        indexed.remove(fieldId);
    }

    /** Field id → index id of every index built for this segment. */
    Map<Long, Long> indexed() {
        return Map.copyOf(indexed);
    }
}
