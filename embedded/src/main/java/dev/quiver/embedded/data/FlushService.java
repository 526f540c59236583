package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.FlushAllRequest;
import dev.quiver.proto.milvus.FlushAllResponse;
import dev.quiver.proto.milvus.FlushRequest;
import dev.quiver.proto.milvus.FlushResponse;
import dev.quiver.proto.milvus.GetFlushAllStateRequest;
import dev.quiver.proto.milvus.GetFlushAllStateResponse;
import dev.quiver.proto.milvus.GetFlushStateRequest;
import dev.quiver.proto.milvus.GetFlushStateResponse;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoRequest;
import dev.quiver.proto.milvus.GetPersistentSegmentInfoResponse;
import dev.quiver.proto.milvus.GetQuerySegmentInfoRequest;
import dev.quiver.proto.milvus.GetQuerySegmentInfoResponse;
import dev.quiver.proto.milvus.LongArray;
import dev.quiver.proto.milvus.PersistentSegmentInfo;
import dev.quiver.proto.milvus.QuerySegmentInfo;
import dev.quiver.proto.milvus.SegmentLevel;
import dev.quiver.proto.milvus.SegmentState;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flush, FlushAll, their state queries and the segment listings. Flush seals every non-empty growing segment of
 * the collections and, in file mode, writes the sealed segments to fsynced segment files before replying, then
 * checkpoints the WAL; so GetFlushState is true for the returned segments at once (a client polling without
 * sleeping returns immediately). In memory mode sealed segments count as Flushed: there is nothing to persist.
 */
final class FlushService {
    private final DataRegistry registry;

    FlushService(DataRegistry registry) {
        this.registry = registry;
    }

    FlushResponse flush(String database, FlushRequest request) {
        List<CollectionInfo> infos = new ArrayList<>();
        for (String name : request.getCollectionNamesList()) {
            infos.add(registry.catalog.resolveCollection(database, name));
        }
        FlushResponse.Builder response = FlushResponse.newBuilder().setStatus(Status.newBuilder().build())
                .setDbName(database);
        for (int i = 0; i < infos.size(); i++) {
            CollectionInfo info = infos.get(i);
            String name = request.getCollectionNames(i);
            List<Long> sealed = new ArrayList<>();
            List<Long> flushed = new ArrayList<>();
            long ts = sealCollection(info, sealed, flushed);
            response.putCollSegIDs(name, LongArray.newBuilder().addAllData(sealed).build())
                    .putFlushCollSegIDs(name, LongArray.newBuilder().addAllData(flushed).build())
                    .putCollSealTimes(name, HybridClock.physicalMillis(ts) / 1000)
                    .putCollFlushTs(name, ts);
        }
        registry.checkpoint();
        return response.build();
    }

    /** Seals and persists the collection's growing segments; returns the flush timestamp. */
    private long sealCollection(CollectionInfo info, List<Long> sealed, List<Long> alreadyFlushed) {
        CollectionData data = registry.collection(info);
        data.lock.lock();
        try {
            for (PartitionData partition : data.partitions()) {
                for (SegmentHandle handle : partition.segments()) {
                    if (handle.state() == SegmentState.Flushed) {
                        alreadyFlushed.add(handle.id);
                    } else if (handle.state() == SegmentState.Sealed) {
                        registry.persist(data, partition, handle);
                        sealed.add(handle.id);
                    }
                }
                SegmentHandle growing = partition.growing();
                if (growing != null && growing.rowCount() > 0) {
                    registry.seal(data, partition, growing);
                    sealed.add(growing.id);
                }
            }
            return registry.clock.next();
        } finally {
            data.lock.unlock();
        }
    }

    GetFlushStateResponse getFlushState(String database, GetFlushStateRequest request) {
        if (!request.getCollectionName().isEmpty()) {
            registry.catalog.resolveCollection(database, request.getCollectionName());
        }
        boolean flushed = true;
        for (long id : request.getSegmentIDsList()) {
            Optional<SegmentHandle> handle = registry.findSegment(id);
            if (handle.isPresent() && handle.get().state() != SegmentState.Flushed) {
                flushed = false;
            }
        }
        if (flushed && !request.getCollectionName().isEmpty()) {
            CollectionInfo info = registry.catalog.resolveCollection(database, request.getCollectionName());
            flushed = persistedUpTo(registry.collection(info), request.getFlushTs());
        }
        return GetFlushStateResponse.newBuilder().setStatus(Status.newBuilder().build()).setFlushed(flushed).build();
    }

    @SuppressWarnings("deprecation")
    FlushAllResponse flushAll(FlushAllRequest request) {
        for (String database : databases(request.getDbName())) {
            for (CollectionInfo info : registry.catalog.collections(database)) {
                sealCollection(info, new ArrayList<>(), new ArrayList<>());
            }
        }
        registry.checkpoint();
        return FlushAllResponse.newBuilder().setStatus(Status.newBuilder().build())
                .setFlushAllTs(registry.clock.next()).build();
    }

    @SuppressWarnings("deprecation")
    GetFlushAllStateResponse getFlushAllState(GetFlushAllStateRequest request) {
        boolean flushed = true;
        for (String database : databases(request.getDbName())) {
            for (CollectionInfo info : registry.catalog.collections(database)) {
                flushed &= persistedUpTo(registry.collection(info), request.getFlushAllTs());
            }
        }
        return GetFlushAllStateResponse.newBuilder().setStatus(Status.newBuilder().build()).setFlushed(flushed)
                .build();
    }

    private List<String> databases(String database) {
        if (database.isEmpty()) {
            return registry.catalog.databases();
        }
        if (!registry.catalog.databases().contains(database)) {
            throw EngineException.with(MilvusError.DATABASE_NOT_FOUND, "database", database);
        }
        return List.of(database);
    }

    /** Whether every row written at or before {@code ts} is in a flushed segment. */
    private static boolean persistedUpTo(CollectionData data, long ts) {
        for (PartitionData partition : data.partitions()) {
            for (SegmentHandle handle : partition.segments()) {
                if (handle.state() == SegmentState.Flushed) {
                    continue;
                }
                Segment segment = handle.data();
                if (segment != null && segment.rowCount() > 0 && segment.timestamp(0) <= ts) {
                    return false;
                }
            }
        }
        return true;
    }

    GetPersistentSegmentInfoResponse persistentSegments(String database, GetPersistentSegmentInfoRequest request) {
        CollectionInfo info = registry.catalog.resolveCollection(database, request.getCollectionName());
        CollectionData data = registry.collection(info);
        GetPersistentSegmentInfoResponse.Builder response = GetPersistentSegmentInfoResponse.newBuilder()
                .setStatus(Status.newBuilder().build());
        for (PartitionData partition : data.partitions()) {
            for (SegmentHandle handle : partition.segments()) {
                response.addInfos(PersistentSegmentInfo.newBuilder().setSegmentID(handle.id)
                        .setCollectionID(info.id()).setPartitionID(partition.id).setNumRows(handle.rowCount())
                        .setState(handle.state())
                        .setLevel(handle.growing() ? SegmentLevel.Legacy : SegmentLevel.L1));
            }
        }
        return response.build();
    }

    GetQuerySegmentInfoResponse querySegments(String database, GetQuerySegmentInfoRequest request) {
        CollectionInfo info = registry.catalog.resolveCollection(database, request.getCollectionName());
        CollectionData data = registry.collection(info);
        GetQuerySegmentInfoResponse.Builder response = GetQuerySegmentInfoResponse.newBuilder()
                .setStatus(Status.newBuilder().build());
        IndexInfo index = Schemas.vectorFields(data.schema()).stream().map(f -> info.indexes().get(f.getName()))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        for (PartitionInfo partitionInfo : info.loadedPartitions()) {
            PartitionData partition = data.existingPartition(partitionInfo.id());
            if (partition == null) {
                continue;
            }
            for (SegmentHandle handle : partition.segments()) {
                Segment segment = registry.ensureInMemory(data, handle);
                QuerySegmentInfo.Builder segmentInfo = QuerySegmentInfo.newBuilder().setSegmentID(handle.id)
                        .setCollectionID(info.id()).setPartitionID(partition.id).setNumRows(handle.rowCount())
                        .setMemSize(segment == null ? 0 : segment.estimatedBytes()).setState(handle.state())
                        .addNodeIds(1)
                        .setLevel(handle.growing() ? SegmentLevel.Legacy : SegmentLevel.L1);
                if (index != null) {
                    segmentInfo.setIndexName(index.name()).setIndexID(index.id());
                }
                response.addInfos(segmentInfo);
            }
        }
        return response.build();
    }
}
