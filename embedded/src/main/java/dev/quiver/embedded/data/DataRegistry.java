package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.DataStore;
import dev.quiver.embedded.catalog.CatalogView;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.SegmentState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The data of every collection: creates and drops collections and partitions, appends to growing segments and
 * seals them (by size or on flush), persists sealed segments in file mode, loads and releases sealed segments, and
 * captures the consistent {@link ReadView}s readers work on. Thread-safe: mutations of one collection are serialised
 * by its lock; readers take no lock.
 */
final class DataRegistry implements DataStore {
    final CatalogView catalog;
    final HybridClock clock;
    final DataOptions options;
    final @Nullable Durability durability;
    private final Map<Long, CollectionData> collections = new ConcurrentHashMap<>();
    private final Map<Long, Long> tombstoneFiles = new ConcurrentHashMap<>();
    private final Object checkpointLock = new Object();
    /** The ANN indexes of sealed segments and their background builder. */
    final SegmentIndexes indexes = new SegmentIndexes(this);

    DataRegistry(CatalogView catalog, HybridClock clock, DataOptions options, @Nullable Durability durability) {
        this.catalog = catalog;
        this.clock = clock;
        this.options = options;
        this.durability = durability;
    }

    /** The collection's data, created from the catalog if the data path has not heard of it yet. */
    CollectionData collection(CollectionInfo info) {
        CollectionData data = collections.computeIfAbsent(info.id(), id -> new CollectionData(id, info.schema()));
        if (data.schema() != info.schema() && !data.schema().equals(info.schema())) {
            schemaChanged(info.id(), info.schema());
        }
        for (PartitionInfo partition : info.partitions()) {
            data.partition(partition.id());
        }
        return data;
    }

    @Nullable CollectionData existing(long collectionId) {
        return collections.get(collectionId);
    }

    Collection<CollectionData> all() {
        return collections.values();
    }

    // ---- DataStore -------------------------------------------------------------------------------------------

    @Override
    public void createCollection(long collectionId, CollectionSchema schema, Collection<Long> partitionIds) {
        CollectionData data = collections.computeIfAbsent(collectionId, id -> new CollectionData(id, schema));
        data.schema(schema);
        for (long partitionId : partitionIds) {
            data.partition(partitionId);
        }
    }

    @Override
    public void dropCollection(long collectionId) {
        CollectionData data = collections.remove(collectionId);
        if (data == null) {
            return;
        }
        data.lock.lock();
        try {
            List<Long> files = new ArrayList<>();
            List<String> indexFiles = new ArrayList<>();
            for (PartitionData partition : data.partitions()) {
                files.addAll(fileIds(partition));
                indexFiles.addAll(SegmentIndexes.files(partition.segments()));
                partition.clear();
            }
            Long tombstoneFile = tombstoneFiles.remove(collectionId);
            if (tombstoneFile != null) {
                files.add(tombstoneFile);
            }
            if (durability != null) {
                durability.removeWithNextCatalog(files, indexFiles);
            }
        } finally {
            data.lock.unlock();
        }
    }

    @Override
    public void createPartition(long collectionId, long partitionId) {
        CollectionData data = collections.get(collectionId);
        if (data == null) {
            catalog.collectionById(collectionId).ifPresent(this::collection);
            data = collections.get(collectionId);
        }
        if (data != null) {
            data.partition(partitionId);
        }
    }

    @Override
    public void dropPartition(long collectionId, long partitionId) {
        CollectionData data = collections.get(collectionId);
        if (data == null) {
            return;
        }
        data.lock.lock();
        try {
            PartitionData partition = data.existingPartition(partitionId);
            if (partition != null) {
                if (durability != null) {
                    durability.removeWithNextCatalog(fileIds(partition), SegmentIndexes.files(partition.segments()));
                }
                data.dropPartition(partitionId);
            }
        } finally {
            data.lock.unlock();
        }
    }

    @Override
    public void truncate(long collectionId) {
        CollectionData data = collections.get(collectionId);
        if (data == null) {
            return;
        }
        data.lock.lock();
        try {
            long ts = clock.next();
            if (durability != null) {
                durability.logTruncate(collectionId, ts);
            }
            clear(data);
            data.committed = ts;
        } finally {
            data.lock.unlock();
        }
    }

    /** Removes every row and tombstone of the collection (TRUNCATE, or its WAL record on replay). */
    void clear(CollectionData data) {
        List<Long> files = new ArrayList<>();
        List<String> indexFiles = new ArrayList<>();
        for (PartitionData partition : data.partitions()) {
            files.addAll(fileIds(partition));
            indexFiles.addAll(SegmentIndexes.files(partition.segments()));
            partition.clear();
        }
        data.tombstones.clear();
        Long tombstoneFile = tombstoneFiles.remove(data.id);
        if (tombstoneFile != null) {
            files.add(tombstoneFile);
        }
        if (durability != null) {
            durability.removeFiles(files, indexFiles);
        }
    }

    @Override
    public void schemaChanged(long collectionId, CollectionSchema schema) {
        CollectionData data = collections.get(collectionId);
        if (data == null) {
            return;
        }
        data.lock.lock();
        try {
            data.schema(schema);
            for (PartitionData partition : data.partitions()) {
                for (SegmentHandle handle : partition.segments()) {
                    Segment segment = handle.data();
                    if (segment == null) {
                        continue;
                    }
                    for (FieldSchema field : schema.getFieldsList()) {
                        segment.addColumn(field);
                    }
                }
            }
        } finally {
            data.lock.unlock();
        }
    }

    @Override
    public void loadPartitions(long collectionId, Collection<Long> partitionIds) {
        CollectionData data = collections.get(collectionId);
        if (data == null) {
            return;
        }
        for (long partitionId : partitionIds) {
            PartitionData partition = data.existingPartition(partitionId);
            if (partition != null) {
                for (SegmentHandle handle : partition.segments()) {
                    ensureInMemory(data, handle);
                }
            }
        }
    }

    @Override
    public void releasePartitions(long collectionId, Collection<Long> partitionIds) {
        CollectionData data = collections.get(collectionId);
        if (data == null) {
            return;
        }
        data.lock.lock();
        try {
            for (long partitionId : partitionIds) {
                PartitionData partition = data.existingPartition(partitionId);
                if (partition == null) {
                    continue;
                }
                for (SegmentHandle handle : partition.segments()) {
                    if (!handle.growing()) {
                        // memory mode has nowhere else to keep the rows: they are parked, not freed
                        handle.detach(durability == null || handle.state() != SegmentState.Flushed);
                    }
                }
            }
        } finally {
            data.lock.unlock();
        }
    }

    @Override
    public long rowCount(long collectionId, @Nullable Long partitionId) {
        CollectionData data = collections.get(collectionId);
        if (data == null) {
            return 0;
        }
        long rows = 0;
        for (PartitionData partition : data.partitions()) {
            if (partitionId != null && partition.id != partitionId) {
                continue;
            }
            for (SegmentHandle handle : partition.segments()) {
                rows += handle.rowCount();
            }
        }
        return rows;
    }

    @Override
    public void indexesChanged(long collectionId) {
        CollectionData data = collections.get(collectionId);
        if (data != null) {
            indexes.indexesChanged(data);
        }
    }

    @Override
    public dev.quiver.embedded.catalog.IndexProgress indexProgress(long collectionId,
                                                                 dev.quiver.embedded.catalog.IndexInfo index) {
        CollectionData data = collections.get(collectionId);
        if (data == null) {
            return new dev.quiver.embedded.catalog.IndexProgress(0, 0, 0);
        }
        return indexes.progress(data, index);
    }

    @Override
    public void close() {
        indexes.close();
        if (durability != null) {
            durability.close();
        }
    }

    // ---- write path ------------------------------------------------------------------------------------------

    /** Appends a normalised batch to the partition's growing segment; seals it when it reaches the threshold. */
    void append(CollectionData data, PartitionData partition, List<FieldData> columns, int rows, long ts, long lsn) {
        SegmentHandle growing = partition.growing();
        if (growing == null) {
            Segment segment = new Segment(clock.next(), data.id, partition.id, data.schema());
            growing = new SegmentHandle(segment, SegmentState.Growing);
            partition.add(growing);
        }
        Segment segment = growing.data();
        if (segment == null) {
            throw new IllegalStateException("growing segment " + growing.id + " has no data");
        }
        segment.append(columns, rows, ts);
        if (growing.minLsn == 0) {
            growing.minLsn = lsn;
        }
        growing.maxLsn = Math.max(growing.maxLsn, lsn);
        if (segment.rowCount() >= options.sealRows() || segment.estimatedBytes() >= options.sealBytes()) {
            seal(data, partition, growing);
        }
    }

    /** Seals a growing segment and, in file mode, writes it out; caller holds the collection lock. */
    void seal(CollectionData data, PartitionData partition, SegmentHandle handle) {
        handle.seal(clock.next());
        Segment segment = handle.data();
        if (segment != null) {
            segment.trim();
        }
        persist(data, partition, handle);
        partition.republish();
    }

    /** Writes a sealed segment's file (file mode) and marks it Flushed. Memory mode: Flushed at once. */
    void persist(CollectionData data, PartitionData partition, SegmentHandle handle) {
        if (handle.state() != SegmentState.Sealed) {
            return;
        }
        Segment segment = handle.data();
        if (durability != null && segment != null) {
            handle.fileId = durability.writeSegment(segment, handle.minLsn, handle.maxLsn, handle.sealTimestamp);
            partition.persistedLsn = Math.max(partition.persistedLsn, handle.maxLsn);
        }
        handle.state(SegmentState.Flushed);
        indexes.schedule(data, handle);
    }

    /**
     * Replaces sealed segments (compaction sources) by {@code target} (null when no row survived). File mode: the
     * target's file is written and committed in place of the sources' files in one manifest commit before the
     * partition switches, and the sources' files are deleted only after it; a crash leaves either the sources or the
     * target live, never neither.
     */
    void replaceSegments(CollectionData data, PartitionData partition, List<SegmentHandle> sources,
                         @Nullable Segment target, long minLsn, long maxLsn) {
        SegmentHandle handle = null;
        if (target != null) {
            handle = new SegmentHandle(target, SegmentState.Sealed);
            handle.minLsn = minLsn;
            handle.maxLsn = maxLsn;
            handle.sealTimestamp = clock.next();
        }
        if (durability != null) {
            List<Long> removed = new ArrayList<>();
            for (SegmentHandle source : sources) {
                if (source.fileId != 0) {
                    removed.add(source.fileId);
                }
            }
            long fileId = durability.replaceSegments(target, minLsn, maxLsn, handle == null ? 0 : handle.sealTimestamp,
                    removed, SegmentIndexes.files(sources));
            if (handle != null) {
                handle.fileId = fileId;
                partition.persistedLsn = Math.max(partition.persistedLsn, maxLsn);
            }
        }
        partition.removeIf(sources::contains);
        if (handle != null) {
            handle.state(SegmentState.Flushed);
            partition.add(handle);
            indexes.schedule(data, handle);
        }
    }

    /** The committed files of a partition's segments. */
    private static List<Long> fileIds(PartitionData partition) {
        List<Long> ids = new ArrayList<>();
        for (SegmentHandle handle : partition.segments()) {
            if (handle.fileId != 0) {
                ids.add(handle.fileId);
            }
        }
        return ids;
    }

    /**
     * File mode: after sealed segments were written, persists every collection's tombstones and drops the WAL
     * files whose records are all in segment files or tombstone snapshots.
     */
    void checkpoint() {
        if (durability == null) {
            return;
        }
        synchronized (checkpointLock) {
            long truncateAt = Long.MAX_VALUE;
            for (CollectionData data : collections.values()) {
                data.lock.lock();
                try {
                    long covered = durability.lastLsn();
                    boolean stringKeys = Schemas.primary(data.schema()).getDataType() == DataType.VarChar;
                    if (!data.tombstones.isEmpty() || tombstoneFiles.containsKey(data.id)) {
                        Long previous = tombstoneFiles.get(data.id);
                        long fileId = durability.replaceTombstones(data.id, data.tombstones.latest(), stringKeys,
                                covered, previous == null ? 0 : previous);
                        tombstoneFiles.put(data.id, fileId);
                    }
                    long limit = covered;
                    for (PartitionData partition : data.partitions()) {
                        for (SegmentHandle handle : partition.segments()) {
                            if (handle.state() != SegmentState.Flushed && handle.minLsn > 0) {
                                limit = Math.min(limit, handle.minLsn - 1);
                            }
                        }
                    }
                    truncateAt = Math.min(truncateAt, limit);
                } finally {
                    data.lock.unlock();
                }
            }
            if (truncateAt == Long.MAX_VALUE) {
                truncateAt = durability.lastLsn();
            }
            durability.checkpointWal(truncateAt);
        }
    }

    // ---- start-up (file mode) --------------------------------------------------------------------------------

    /** Registers every collection of the catalog, the persisted segments and tombstones, then replays the WAL. */
    void recover() {
        for (String database : catalog.databases()) {
            for (CollectionInfo info : catalog.collections(database)) {
                collection(info);
            }
        }
        if (durability == null) {
            indexes.recover(Map.of(), Map.of());
            return;
        }
        List<SegmentHandle> recovered = new ArrayList<>();
        Map<Long, SegmentHandle> byFileId = new HashMap<>();
        Map<Long, CollectionData> owners = new HashMap<>();
        List<Long> unused = new ArrayList<>();
        try {
            Map<Long, Durability.FileInfo> latestTombstones = new HashMap<>();
            for (Durability.FileInfo info : durability.list()) {
                CollectionData data = collections.get(info.collectionId());
                if (data == null) {
                    throw new IOException("the manifest lists segment file " + durability.file(info.id())
                            + " of collection " + info.collectionId() + ", which the catalog does not hold");
                }
                clock.advanceTo(Math.max(info.id(), info.segmentId()));
                if (info.kind() == Durability.KIND_TOMBSTONES) {
                    Durability.FileInfo previous = latestTombstones.get(info.collectionId());
                    if (previous == null || previous.id() < info.id()) {
                        latestTombstones.put(info.collectionId(), info);
                        if (previous != null) {
                            unused.add(previous.id());
                        }
                    } else {
                        unused.add(info.id());
                    }
                    continue;
                }
                PartitionData partition = data.existingPartition(info.partitionId());
                if (partition == null) {
                    throw new IOException("the manifest lists segment file " + durability.file(info.id())
                            + " of partition " + info.partitionId() + " of collection " + info.collectionId()
                            + ", which the catalog does not hold");
                }
                SegmentHandle handle = new SegmentHandle(info.segmentId(), info.partitionId(), info.rows(),
                        SegmentState.Flushed);
                handle.minLsn = info.minLsn();
                handle.maxLsn = info.maxLsn();
                handle.sealTimestamp = info.sealTimestamp();
                handle.fileId = info.id();
                partition.add(handle);
                recovered.add(handle);
                byFileId.put(handle.fileId, handle);
                owners.put(handle.fileId, data);
                partition.persistedLsn = Math.max(partition.persistedLsn, info.maxLsn());
            }
            for (Durability.FileInfo info : latestTombstones.values()) {
                CollectionData owner = Objects.requireNonNull(collections.get(info.collectionId()),
                        "every listed file's collection was checked above");
                durability.readTombstones(info, owner.tombstones);
                tombstoneFiles.put(info.collectionId(), info.id());
            }
            durability.replay(this::redo);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot recover the data directory: " + e.getMessage(), e);
        }
        for (CollectionData data : collections.values()) {
            for (PartitionData partition : data.partitions()) {
                partition.republish();
                for (SegmentHandle handle : partition.segments()) {
                    recovered.remove(handle);
                }
            }
            data.committed = clock.current();
        }
        for (SegmentHandle dropped : recovered) {
            unused.add(dropped.fileId);
            byFileId.remove(dropped.fileId);
        }
        durability.finishRecovery(unused);
        indexes.recover(byFileId, owners);
    }

    private void redo(Durability.Record record) {
        clock.advanceTo(record.timestamp());
        CollectionData data = collections.get(record.collectionId());
        if (data == null) {
            return;
        }
        switch (record.type()) {
            case Durability.TRUNCATE -> {
                for (PartitionData partition : data.partitions()) {
                    partition.removeIf(h -> h.maxLsn <= record.lsn());
                }
                data.tombstones.clear();
            }
            case Durability.DELETE -> record.keys().forEach(k -> data.tombstones.add(k, record.timestamp()));
            default -> {
                if (record.type() == Durability.UPSERT) {
                    record.keys().forEach(k -> data.tombstones.add(k, record.timestamp()));
                }
                PartitionData partition = data.existingPartition(record.partitionId());
                if (partition == null || record.lsn() <= partition.persistedLsn) {
                    return;
                }
                FieldData[] columns = record.insert().getFieldsDataList().toArray(FieldData[]::new);
                append(data, partition, List.of(columns), record.insert().getNumRows(), record.timestamp(),
                        record.lsn());
                for (FieldData column : columns) {
                    if (column.getType() == DataType.Int64 && Schemas.primary(data.schema()).getAutoID()
                            && column.getFieldId() == Schemas.primary(data.schema()).getFieldID()) {
                        int n = column.getScalars().getLongData().getDataCount();
                        if (n > 0) {
                            clock.advanceTo(column.getScalars().getLongData().getData(n - 1));
                        }
                    }
                }
            }
        }
    }

    // ---- read path -------------------------------------------------------------------------------------------

    /** Makes a sealed segment's rows available in memory (mapping its file back in file mode). */
    @Nullable Segment ensureInMemory(CollectionData data, SegmentHandle handle) {
        Segment segment = handle.data();
        if (segment != null) {
            return segment;
        }
        synchronized (handle) {
            segment = handle.data();
            if (segment != null) {
                return segment;
            }
            Segment spilled = handle.spilled();
            if (spilled != null) {
                handle.attach(spilled);
                return spilled;
            }
            if (durability == null) {
                return null;
            }
            Segment loaded = durability.readSegment(new Durability.FileInfo(handle.fileId, Durability.KIND_DATA,
                    data.id, handle.partitionId, handle.rowCount(), handle.minLsn, handle.maxLsn,
                    handle.sealTimestamp, handle.id), data.schema());
            for (FieldSchema field : data.schema().getFieldsList()) {
                loaded.addColumn(field);
            }
            handle.attach(loaded);
            indexes.loadPersisted(data, handle, loaded);
            return loaded;
        }
    }

    /**
     * A sealed segment's rows for an index build: in memory (or parked) when they are, else read from its file
     * without attaching them, so a build never loads a released collection. Null when they are nowhere.
     */
    @Nullable Segment rowsOf(CollectionData data, SegmentHandle handle) {
        Segment segment = handle.data();
        if (segment == null) {
            segment = handle.spilled();
        }
        if (segment != null || durability == null || handle.fileId == 0) {
            return segment;
        }
        return durability.readSegment(new Durability.FileInfo(handle.fileId, Durability.KIND_DATA, data.id,
                handle.partitionId, handle.rowCount(), handle.minLsn, handle.maxLsn, handle.sealTimestamp, handle.id),
                data.schema());
    }

    /** A consistent view of the given partitions' segments for one read. */
    ReadView view(CollectionData data, List<Long> partitionIds, boolean ignoreGrowing) {
        return view(data, partitionIds, ignoreGrowing, Long.MAX_VALUE);
    }

    /**
     * A view as of {@code asOf} when that is older than the last complete mutation (an iterator's session
     * timestamp): rows inserted and deletes made after it are not seen.
     */
    ReadView view(CollectionData data, List<Long> partitionIds, boolean ignoreGrowing, long asOf) {
        CollectionData.ReaderSlot slot = data.openReader(asOf);
        long snapshot = slot.snapshot;
        List<ReadView.Part> parts = new ArrayList<>();
        try {
            for (long partitionId : partitionIds) {
                PartitionData partition = data.existingPartition(partitionId);
                if (partition == null) {
                    continue;
                }
                for (SegmentHandle handle : partition.segments()) {
                    if (ignoreGrowing && handle.growing()) {
                        continue;
                    }
                    Segment segment = ensureInMemory(data, handle);
                    if (segment != null) {
                        int rows = handle.growing() ? segment.rowCount() : handle.rowCount();
                        parts.add(new ReadView.Part(segment, Math.min(rows, segment.rowCount())));
                    }
                }
            }
        } catch (RuntimeException e) {
            data.closeReader(slot);
            throw e;
        }
        return new ReadView(data.schema(), parts, data.tombstones, snapshot, () -> data.closeReader(slot));
    }

    /** The partition the handle with this id belongs to, if any. */
    Optional<SegmentHandle> findSegment(long segmentId) {
        for (CollectionData data : collections.values()) {
            for (PartitionData partition : data.partitions()) {
                for (SegmentHandle handle : partition.segments()) {
                    if (handle.id == segmentId) {
                        return Optional.of(handle);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
