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
