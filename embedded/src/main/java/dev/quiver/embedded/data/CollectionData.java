package dev.quiver.embedded.data;

import dev.quiver.proto.milvus.CollectionSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * One collection's data: partitions with their segments, tombstones, and the write lock that serialises its
 * mutations, seals and compactions. Readers never take the lock: they read {@link #committed}, the timestamp of
 * the last complete mutation, and ignore rows and tombstones newer than it.
 */
final class CollectionData {
    final long id;
    private volatile CollectionSchema schema;
    private final ConcurrentSkipListMap<Long, PartitionData> partitions = new ConcurrentSkipListMap<>();
    final Tombstones tombstones = new Tombstones();
    final ReentrantLock lock = new ReentrantLock();
    /** Hybrid timestamp of the last mutation whose effects are completely applied. */
    volatile long committed;
    private final java.util.Set<ReaderSlot> readers = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** A registered reader's snapshot; {@link Long#MIN_VALUE} while it is still being read. */
    static final class ReaderSlot {
        volatile long snapshot = Long.MIN_VALUE;
    }

    /**
     * Registers a reader, then takes its snapshot (in that order, so writers never prune what it needs): the older of
     * {@code asOf} and {@link #committed}.
     */
    ReaderSlot openReader(long asOf) {
        ReaderSlot slot = new ReaderSlot();
        readers.add(slot);
        slot.snapshot = Math.min(asOf, committed);
        return slot;
    }

    void closeReader(ReaderSlot slot) {
        readers.remove(slot);
    }

    /**
     * The oldest snapshot a reader may use, for tombstone pruning; called by a writer holding the lock before it
     * publishes. A reader not yet registered will read a snapshot at least {@link #committed}.
     */
    long pruneBound() {
        long bound = committed;
        for (ReaderSlot slot : readers) {
            long snapshot = slot.snapshot;
            if (snapshot == Long.MIN_VALUE) {
                return Long.MIN_VALUE;
            }
            bound = Math.min(bound, snapshot);
        }
        return bound;
    }

    CollectionData(long id, CollectionSchema schema) {
        this.id = id;
        this.schema = schema;
    }

    CollectionSchema schema() {
        return schema;
    }

    void schema(CollectionSchema schema) {
        this.schema = schema;
    }

    PartitionData partition(long partitionId) {
        return partitions.computeIfAbsent(partitionId, PartitionData::new);
    }

    @Nullable PartitionData existingPartition(long partitionId) {
        return partitions.get(partitionId);
    }

    void dropPartition(long partitionId) {
        partitions.remove(partitionId);
    }

    List<PartitionData> partitions() {
        return new ArrayList<>(partitions.values());
    }
}
