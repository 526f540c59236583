package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.catalog.IndexProgress;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.index.FloatVectors;
import dev.quiver.embedded.index.IndexMetric;
import dev.quiver.embedded.index.IndexParams;
import dev.quiver.embedded.index.IndexSpec;
import dev.quiver.embedded.index.VectorIndex;
import dev.quiver.embedded.index.VectorIndexes;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ANN indexes of sealed segments. Every catalog index on a float-vector field whose type the engine builds
 * (HNSW, AUTOINDEX, IVF_FLAT; FLAT needs no structure) is built for every flushed segment by one background
 * thread: when a segment is flushed, when compaction writes one, when the index is created and, at start-up, for
 * segments whose index file is missing. In file mode the index is written to its own checksummed file and listed in
 * the manifest (derived data: an unlisted index file is a leftover and deleted at start-up); it is read back, never
 * rebuilt, when the segment is loaded, and a listed file that fails its checksum is not used: it is removed from
 * the manifest and the index is rebuilt. Growing segments and segments whose index is not built yet are searched
 * exactly. Thread-safe.
 */
final class SegmentIndexes implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(SegmentIndexes.class.getName());

    /** An index the catalog defines that this engine builds, resolved for one field. */
    record Wanted(long fieldId, long indexId, int dim, IndexSpec spec) {
    }

    private final DataRegistry registry;
    private final VectorIndexes indexes = new VectorIndexes();
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "quiver-index-builder");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger queued = new AtomicInteger();
    /** "segment id/index id" → why its build failed; a failed build is not retried until the index changes. */
    private final Map<String, String> failures = new java.util.concurrent.ConcurrentHashMap<>();
    /** Builds start once start-up has adopted the persisted index files (so none is built twice or cleaned up mid-write). */
    private volatile boolean started;

    SegmentIndexes(DataRegistry registry) {
        this.registry = registry;
    }

    /** How many indexes were built (files read at load do not count). */
    long builds() {
        return indexes.builds();
    }

    /** Field id → the index to build over it, for every buildable index the catalog defines on the collection. */
    Map<Long, Wanted> wanted(CollectionData data) {
        Optional<CollectionInfo> info = registry.catalog.collectionById(data.id);
        if (info.isEmpty()) {
            return Map.of();
        }
        Map<Long, Wanted> wanted = new HashMap<>();
        for (IndexInfo index : info.get().indexes().values()) {
            resolve(data, index).ifPresent(w -> wanted.put(w.fieldId(), w));
        }
        return wanted;
    }

    /** The index {@code index} resolves to on this collection, when the engine builds a structure for it. */
    Optional<Wanted> resolve(CollectionData data, IndexInfo index) {
        Optional<FieldSchema> field = Schemas.field(data.schema(), index.fieldName());
        if (field.isEmpty() || field.get().getDataType() != DataType.FloatVector) {
            return Optional.empty();
        }
        int dim = Schemas.dim(field.get());
        IndexSpec spec;
        try {
            spec = IndexParams.resolve(index.indexType(), IndexMetric.valueOf(index.metricType()
                    .toUpperCase(Locale.ROOT)), index.params(), dim);
        } catch (EngineException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (spec.indexType().equals("FLAT")) {
            return Optional.empty();
        }
        return Optional.of(new Wanted(field.get().getFieldID(), index.id(), dim, spec));
    }

    /** Queues the build of every missing index of a flushed segment. */
    void schedule(CollectionData data, SegmentHandle handle) {
        if (!started || handle.growing() || handle.rowCount() == 0 || wanted(data).isEmpty()) {
            return;
        }
        queued.incrementAndGet();
        try {
            builder.execute(() -> {
                try {
                    buildMissing(data, handle);
                } catch (RuntimeException e) {
                    if (builder.isShutdown()) {
                        // close() interrupts running builds; the next open builds the index again.
                        LOG.log(System.Logger.Level.DEBUG, "the index build of segment " + handle.id
                                + " stopped at close");
                    } else {
                        LOG.log(System.Logger.Level.WARNING, "building the index of segment " + handle.id
                                + " failed: " + e, e);
                    }
                } finally {
                    queued.decrementAndGet();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            queued.decrementAndGet();
        }
    }

    /** Queues the builds of every flushed segment of the collection. */
    void scheduleAll(CollectionData data) {
        for (PartitionData partition : data.partitions()) {
            for (SegmentHandle handle : partition.segments()) {
                schedule(data, handle);
            }
        }
    }

    /** Waits until no build is queued or running; for tests and benchmarks. */
    void awaitIdle() throws InterruptedException {
        while (queued.get() > 0) {
            Thread.sleep(5);
        }
    }

    private void buildMissing(CollectionData data, SegmentHandle handle) {
        for (Wanted w : wanted(data).values()) {
            if (handle.hasIndex(w.fieldId(), w.indexId()) || !live(data, handle)) {
                continue;
            }
            Segment rows = registry.rowsOf(data, handle);
            if (rows == null || !(rows.column(w.fieldId()) instanceof Column.FloatVectorColumn column)) {
                continue;
            }
            if (failures.containsKey(handle.id + "/" + w.indexId())) {
                continue;
            }
            try {
                VectorIndex index = indexes.build(w.spec(), new FloatVectors(column.data(), w.dim(),
                        rows.rowCount()));
                commit(data, handle, w, index, rows);
            } catch (RuntimeException e) {
                failures.put(handle.id + "/" + w.indexId(), e.toString());
                throw e;
            }
        }
    }

    /** Persists (file mode) and publishes a built index, unless its segment or index went away meanwhile. */
    private void commit(CollectionData data, SegmentHandle handle, Wanted w, VectorIndex index, Segment rows) {
        Durability durability = registry.durability;
        String path = null;
        if (durability != null) {
            path = IndexFiles.path(handle.fileId, w.fieldId(), w.indexId());
            try {
                indexes.write(index, durability.indexFile(path));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write index file " + path + ": " + e, e);
            }
        }
        data.lock.lock();
        try {
            Wanted current = wanted(data).get(w.fieldId());
            if (!live(data, handle) || current == null || current.indexId() != w.indexId()) {
                if (path != null && durability != null) {
                    durability.removeIndexLeftovers();
                }
                return;
            }
            if (path != null && durability != null) {
                durability.commitIndexFile(path);
            }
            handle.markIndexed(w.fieldId(), w.indexId());
            Segment attached = handle.data() != null ? handle.data() : handle.spilled();
            if (attached == rows) {
                rows.attachIndex(w.fieldId(), new SegmentIndex(w.indexId(), index));
            } else if (attached != null) {
                loadPersisted(data, handle, attached);
            }
        } finally {
            data.lock.unlock();
        }
    }

    private static boolean live(CollectionData data, SegmentHandle handle) {
        PartitionData partition = data.existingPartition(handle.partitionId);
        return partition != null && partition.segments().contains(handle);
    }

    /**
     * File mode: reads the committed index files of a segment just mapped back in and attaches them. A file that
     * cannot be read (checksum, format, row count) is not used: it leaves the manifest and the index is rebuilt.
     */
    void loadPersisted(CollectionData data, SegmentHandle handle, Segment segment) {
        Durability durability = registry.durability;
        if (durability == null) {
            return;
        }
        Map<Long, Wanted> wanted = wanted(data);
        List<String> bad = new ArrayList<>();
        handle.indexed().forEach((fieldId, indexId) -> {
            Wanted w = wanted.get(fieldId);
            SegmentIndex attached = segment.index(fieldId);
            if (w == null || w.indexId() != indexId || (attached != null && attached.indexId() == indexId)
                    || !(segment.column(fieldId) instanceof Column.FloatVectorColumn column)) {
                return;
            }
            String path = IndexFiles.path(handle.fileId, fieldId, indexId);
            Path file = durability.indexFile(path);
            try {
                VectorIndex index = indexes.read(file, new FloatVectors(column.data(), w.dim(), segment.rowCount()));
                segment.attachIndex(fieldId, new SegmentIndex(indexId, index));
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "index file {0} of segment {1} is not usable and will be "
                        + "rebuilt: {2}", file, handle.id, e.toString());
                handle.unmarkIndexed(fieldId);
                bad.add(path);
            }
        });
        if (!bad.isEmpty()) {
            durability.removeIndexFiles(bad);
            schedule(data, handle);
        }
    }

    /**
     * Start-up (file mode): adopts the index files the manifest lists for the recovered segments and the
     * catalog's current indexes, removes the others, deletes unlisted leftovers, then queues the missing builds.
     *
     * @param byFileId the recovered sealed segments by segment file id
     */
    void recover(Map<Long, SegmentHandle> byFileId, Map<Long, CollectionData> owners) {
        Durability durability = registry.durability;
        if (durability != null) {
            List<String> unused = new ArrayList<>();
            for (String path : durability.liveIndexFiles()) {
                IndexFiles.Name name = IndexFiles.parse(path);
                SegmentHandle handle = name == null ? null : byFileId.get(name.segmentFileId());
                CollectionData data = name == null ? null : owners.get(name.segmentFileId());
                Wanted w = name == null || data == null ? null : wanted(data).get(name.fieldId());
                if (name == null || handle == null || w == null || w.indexId() != name.indexId()
                        || !java.nio.file.Files.exists(durability.indexFile(path))) {
                    unused.add(path);
                } else {
                    handle.markIndexed(name.fieldId(), name.indexId());
                }
            }
            durability.removeIndexFiles(unused);
            durability.removeIndexLeftovers();
        }
        started = true;
        for (CollectionData data : registry.all()) {
            scheduleAll(data);
        }
    }

    /**
     * Drops what the catalog no longer defines (DROP INDEX, or an index re-created with a new id) and queues the
     * builds of what it newly defines.
     */
    void indexesChanged(CollectionData data) {
        Map<Long, Wanted> wanted = wanted(data);
        List<String> removed = new ArrayList<>();
        data.lock.lock();
        try {
            for (PartitionData partition : data.partitions()) {
                for (SegmentHandle handle : partition.segments()) {
                    handle.indexed().forEach((fieldId, indexId) -> {
                        Wanted w = wanted.get(fieldId);
                        if (w != null && w.indexId() == indexId) {
                            return;
                        }
                        handle.unmarkIndexed(fieldId);
                        for (Segment segment : new Segment[] {handle.data(), handle.spilled()}) {
                            if (segment != null) {
                                segment.detachIndex(fieldId);
                            }
                        }
                        if (handle.fileId != 0) {
                            removed.add(IndexFiles.path(handle.fileId, fieldId, indexId));
                        }
                    });
                }
            }
            if (registry.durability != null) {
                registry.durability.removeIndexFiles(removed);
            }
        } finally {
            data.lock.unlock();
        }
        scheduleAll(data);
    }

    /** The committed index files of the given segments (for removal with them). */
    static List<String> files(List<SegmentHandle> handles) {
        List<String> paths = new ArrayList<>();
        for (SegmentHandle handle : handles) {
            if (handle.fileId != 0) {
                handle.indexed().forEach((fieldId, indexId) ->
                        paths.add(IndexFiles.path(handle.fileId, fieldId, indexId)));
            }
        }
        return paths;
    }

    /**
     * Milvus's DescribeIndex accounting: every flushed segment counts in {@code total_rows}; its rows are indexed
     * once its index is built, pending before. Growing segments are not counted. Indexes the engine serves without
     * a structure (FLAT, binary, sparse, scalar) count as built.
     */
    IndexProgress progress(CollectionData data, IndexInfo index) {
        Wanted w = resolve(data, index).orElse(null);
        long total = 0;
        long indexed = 0;
        StringBuilder failed = new StringBuilder();
        for (PartitionData partition : data.partitions()) {
            for (SegmentHandle handle : partition.segments()) {
                if (handle.growing()) {
                    continue;
                }
                long rows = handle.rowCount();
                total += rows;
                if (w == null || rows == 0 || handle.hasIndex(w.fieldId(), w.indexId())) {
                    indexed += rows;
                } else if (failures.containsKey(handle.id + "/" + w.indexId())) {
                    failed.append(handle.id).append(": ").append(failures.get(handle.id + "/" + w.indexId()))
                            .append(';');
                }
            }
        }
        return new IndexProgress(total, indexed, total - indexed, failed.toString());
    }

    @Override
    public void close() {
        builder.shutdownNow();
        try {
            if (!builder.awaitTermination(60, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "an index build was still running at close");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
