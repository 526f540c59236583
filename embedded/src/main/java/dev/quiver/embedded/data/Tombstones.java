package dev.quiver.embedded.data;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Deleted primary keys of one collection with the hybrid timestamps of their deletes. A row is deleted as of a
 * snapshot when a delete of its key is newer than the row's insert timestamp and not newer than the snapshot; so a
 * row inserted after the delete is visible again, and a reader never sees half of a concurrent upsert.
 *
 * <p>Usually one timestamp per key. Keys deleted repeatedly keep a short ascending history: the writer prunes every
 * timestamp older than the oldest snapshot a reader may still use, except the newest of those (which deletes
 * everything the pruned ones did). Thread-safe.
 */
final class Tombstones {
    private final ConcurrentHashMap<Object, Object> deletes = new ConcurrentHashMap<>();

    /** Records a delete at {@code timestamp}; {@code bound} is the oldest snapshot any reader may use. */
    void add(Object pk, long timestamp, long bound) {
        deletes.compute(pk, (k, old) -> merge(old, timestamp, bound));
    }

    /** Records a delete with no concurrent readers to care for (recovery). */
    void add(Object pk, long timestamp) {
        add(pk, timestamp, Long.MAX_VALUE);
    }

    private static Object merge(Object old, long ts, long bound) {
        long[] history;
        if (old == null) {
            return ts;
        } else if (old instanceof Long single) {
            history = new long[] {single};
        } else {
            history = (long[]) old;
        }
        int size = history.length;
        long[] merged = new long[size + 1];
        int n = 0;
        boolean inserted = false;
        for (long t : history) {
            if (!inserted && ts <= t) {
                if (ts != t) {
                    merged[n++] = ts;
                }
                inserted = true;
            }
            merged[n++] = t;
        }
        if (!inserted) {
            merged[n++] = ts;
        }
        int keepFrom = 0;
        for (int i = 0; i < n; i++) {
            if (merged[i] <= bound) {
                keepFrom = i;
            }
        }
        int kept = n - keepFrom;
        if (kept == 1) {
            return merged[keepFrom];
        }
        long[] result = new long[kept];
        System.arraycopy(merged, keepFrom, result, 0, kept);
        return result;
    }

    boolean isEmpty() {
        return deletes.isEmpty();
    }

    int size() {
        return deletes.size();
    }

    /** Whether a row with this key inserted at {@code rowTimestamp} is deleted as of {@code snapshot}. */
    boolean deletes(Object pk, long rowTimestamp, long snapshot) {
        Object v = deletes.get(pk);
        if (v == null) {
            return false;
        }
        if (v instanceof Long t) {
            return t <= snapshot && rowTimestamp < t;
        }
        for (long t : (long[]) v) {
            if (t > snapshot) {
                return false;
            }
            if (rowTimestamp < t) {
                return true;
            }
        }
        return false;
    }

    /** The newest delete timestamp of every key (what a tombstone snapshot file keeps). */
    Map<Object, Long> latest() {
        Map<Object, Long> out = new HashMap<>(deletes.size() * 2);
        deletes.forEach((k, v) -> out.put(k, v instanceof Long t ? t : ((long[]) v)[((long[]) v).length - 1]));
        return out;
    }

    void clear() {
        deletes.clear();
    }
}
