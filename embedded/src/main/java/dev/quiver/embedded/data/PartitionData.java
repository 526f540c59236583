package dev.quiver.embedded.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One partition's segments: at most one growing segment (the last handle) and the sealed ones, as a copy-on-write
 * list so readers capture a consistent set without locking. Mutated only under the collection's write lock.
 */
final class PartitionData {
    final long id;
    private volatile List<SegmentHandle> segments = List.of();
    /** The greatest WAL sequence number whose inserts into this partition are in persisted segment files. */
    volatile long persistedLsn;

    PartitionData(long id) {
        this.id = id;
    }

    List<SegmentHandle> segments() {
        return segments;
    }

    @Nullable SegmentHandle growing() {
        List<SegmentHandle> current = segments;
        if (current.isEmpty()) {
            return null;
        }
        SegmentHandle last = current.get(current.size() - 1);
        return last.growing() ? last : null;
    }

    void add(SegmentHandle handle) {
        List<SegmentHandle> next = new ArrayList<>(segments);
        if (handle.growing() || next.isEmpty() || !next.get(next.size() - 1).growing()) {
            next.add(handle);
        } else {
            next.add(next.size() - 1, handle);
        }
        segments = List.copyOf(next);
    }

    void removeIf(Predicate<SegmentHandle> condition) {
        List<SegmentHandle> next = new ArrayList<>(segments);
        next.removeIf(condition);
        segments = List.copyOf(next);
    }

    /** Re-publishes the list after a handle changed state, keeping the growing segment last. */
    void republish() {
        List<SegmentHandle> next = new ArrayList<>(segments);
        next.sort((a, b) -> Boolean.compare(a.growing(), b.growing()));
        segments = List.copyOf(next);
    }

    void clear() {
        segments = List.of();
    }
}
