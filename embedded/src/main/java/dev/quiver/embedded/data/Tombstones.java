package dev.quiver.embedded.data;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deleted primary keys of one collection with the hybrid timestamp of their latest delete. A row is deleted when a
 * tombstone for its key has a timestamp greater than the row's insert timestamp (so a row inserted after the delete
 * is visible again), and the tombstone is not newer than the reader's snapshot.
 */
final class Tombstones {
    private final ConcurrentHashMap<Object, Long> deletes = new ConcurrentHashMap<>();

    void add(Object pk, long timestamp) {
        deletes.merge(pk, timestamp, Math::max);
    }

    boolean isEmpty() {
        return deletes.isEmpty();
    }

    int size() {
        return deletes.size();
    }

    /** Whether a row with this key inserted at {@code rowTimestamp} is deleted as of {@code snapshot}. */
    boolean deletes(Object pk, long rowTimestamp, long snapshot) {
        Long ts = deletes.get(pk);
        return ts != null && ts <= snapshot && rowTimestamp < ts;
    }

    Map<Object, Long> view() {
        return deletes;
    }

    void clear() {
        deletes.clear();
    }
}
