package dev.quiver.embedded.time;

/**
 * Milvus-style hybrid timestamps ({@code physical_ms << 18 | logical}), strictly increasing within the engine
 * even when the wall clock stalls or steps back. Also the engine's source of unique ids (collections,
 * partitions, segments, auto-id primary keys), as Milvus allocates them from its TSO.
 *
 * <p>Thread-safe.
 */
public final class HybridClock {
    /** Bits of the logical counter, as Milvus's TSO uses. */
    public static final int LOGICAL_BITS = 18;

    private long last;

    /** A clock whose first timestamp is greater than {@code floor} (for example the last one persisted). */
    public HybridClock(long floor) {
        this.last = floor;
    }

    /** A clock starting from the current time. */
    public HybridClock() {
        this(0);
    }

    /** The next timestamp: greater than every one returned before. */
    public synchronized long next() {
        long candidate = compose(System.currentTimeMillis(), 0);
        last = Math.max(candidate, last + 1);
        return last;
    }

    /** The greatest timestamp returned so far (or the floor). */
    public synchronized long current() {
        return last;
    }

    /** Raises the floor so that later timestamps exceed {@code timestamp}; used when replaying persisted state. */
    public synchronized void advanceTo(long timestamp) {
        last = Math.max(last, timestamp);
    }

    /** The hybrid timestamp of a physical time in milliseconds and a logical counter. */
    public static long compose(long physicalMillis, long logical) {
        return (physicalMillis << LOGICAL_BITS) | logical;
    }

    /** The physical part of a hybrid timestamp, in milliseconds since the epoch. */
    public static long physicalMillis(long hybridTimestamp) {
        return hybridTimestamp >>> LOGICAL_BITS;
    }
}
