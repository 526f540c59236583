package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CollectionEntry;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.Names;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.catalog.DataStore;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.BoolResponse;
import dev.quiver.proto.milvus.CreatePartitionRequest;
import dev.quiver.proto.milvus.DropPartitionRequest;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.GetPartitionStatisticsRequest;
import dev.quiver.proto.milvus.GetPartitionStatisticsResponse;
import dev.quiver.proto.milvus.HasPartitionRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.ShowPartitionsRequest;
import dev.quiver.proto.milvus.ShowPartitionsResponse;
import dev.quiver.proto.milvus.ShowType;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.List;

/**
 * Create/Drop/Has/ShowPartitions and GetPartitionStatistics. A partition created while its collection is loaded is
 * loaded at once (Milvus's {@code SyncNewCreatedPartition}); a loaded partition cannot be dropped.
 */
final class PartitionRpcs {
    /** Milvus's {@code rootCoord.maxPartitionNum}. */
    static final int MAX_PARTITIONS = 1024;

    private final Catalog catalog;
    private final DataStore data;

    PartitionRpcs(Catalog catalog, DataStore data) {
        this.catalog = catalog;
        this.data = data;
    }

    static boolean hasPartitionKey(CollectionInfo info) {
        return info.schema().getFieldsList().stream().anyMatch(FieldSchema::getIsPartitionKey);
    }

    Status create(CreatePartitionRequest request) {
        String database = RequestContext.database(request.getDbName());
        String name = request.getPartitionName();
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo info = entry.info();
            if (hasPartitionKey(info)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "disable create partition if partition key mode is used");
            }
            Names.checkPartition(name);
            if (info.partition(name).isPresent()) {
                return Rpc.ok();
            }
            if (info.partitions().size() >= MAX_PARTITIONS) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "partition number (" + info.partitions().size()
                        + ") exceeds max configuration (" + MAX_PARTITIONS + "), collection: " + info.name());
            }
            long id = tx.nextTimestamp();
            boolean load = info.isLoaded();
            PartitionInfo partition = new PartitionInfo(id, name, tx.nextTimestamp(),
                    load ? PartitionInfo.LoadState.LOADED : PartitionInfo.LoadState.NOT_LOADED);
            List<PartitionInfo> partitions = new ArrayList<>(info.partitions());
            partitions.add(partition);
            tx.replace(tx.snapshot().with(database, entry.withInfo(CollectionUpdates.withPartitions(info, partitions))));
            tx.then(store -> store.createPartition(info.id(), id));
            if (load) {
                tx.then(store -> store.loadPartitions(info.id(), List.of(id)));
            }
            return Rpc.ok();
        });
    }

    Status drop(DropPartitionRequest request) {
        String database = RequestContext.database(request.getDbName());
        String name = request.getPartitionName();
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo info = entry.info();
            if (hasPartitionKey(info)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "disable drop partition if partition key mode is used");
            }
            if (name.equals(CollectionRpcs.DEFAULT_PARTITION)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "default partition cannot be deleted");
            }
            PartitionInfo partition = info.partition(name).orElse(null);
            if (partition == null) {
                return Rpc.ok();
            }
            if (partition.loadState() != PartitionInfo.LoadState.NOT_LOADED) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, 
                        "partition cannot be dropped, partition is loaded, please release it first");
            }
            List<PartitionInfo> partitions = new ArrayList<>(info.partitions());
            partitions.remove(partition);
            tx.replace(tx.snapshot().with(database, entry.withInfo(CollectionUpdates.withPartitions(info, partitions))));
            tx.then(store -> store.dropPartition(info.id(), partition.id()));
            return Rpc.ok();
        });
    }

    BoolResponse has(HasPartitionRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo info = catalog.snapshot().require(database, request.getCollectionName()).info();
        return BoolResponse.newBuilder().setStatus(Rpc.ok())
                .setValue(info.partition(request.getPartitionName()).isPresent()).build();
    }

    @SuppressWarnings("deprecation")
    ShowPartitionsResponse show(ShowPartitionsRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo info = request.getCollectionName().isEmpty() && request.getCollectionID() != 0
                ? catalog.snapshot().byId(request.getCollectionID()).map(CollectionEntry::info)
                        .orElseThrow(() -> EngineException.with(MilvusError.COLLECTION_NOT_FOUND, "collection",
                                Long.toString(request.getCollectionID())))
                : catalog.snapshot().require(database, request.getCollectionName()).info();
        boolean inMemory = request.getType() == ShowType.InMemory;
        List<PartitionInfo> selected = new ArrayList<>();
        if (request.getPartitionNamesCount() > 0) {
            for (String name : request.getPartitionNamesList()) {
                PartitionInfo partition = info.partition(name)
                        .orElseThrow(() -> EngineException.with(MilvusError.PARTITION_NOT_FOUND, "partition", name));
                if (inMemory && partition.loadState() != PartitionInfo.LoadState.LOADED) {
                    throw EngineException.with(MilvusError.PARTITION_NOT_LOADED, "partition", name);
                }
                selected.add(partition);
            }
        } else {
            for (PartitionInfo partition : info.partitions()) {
                if (!inMemory || partition.loadState() == PartitionInfo.LoadState.LOADED) {
                    selected.add(partition);
                }
            }
        }
        ShowPartitionsResponse.Builder response = ShowPartitionsResponse.newBuilder().setStatus(Rpc.ok());
        for (PartitionInfo partition : selected) {
            response.addPartitionNames(partition.name()).addPartitionIDs(partition.id())
                    .addCreatedTimestamps(partition.createdTimestamp())
                    .addCreatedUtcTimestamps(HybridClock.physicalMillis(partition.createdTimestamp()));
            if (inMemory) {
                response.addInMemoryPercentages(100);
            }
        }
        return response.build();
    }

    GetPartitionStatisticsResponse statistics(GetPartitionStatisticsRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo info = catalog.snapshot().require(database, request.getCollectionName()).info();
        PartitionInfo partition = info.partition(request.getPartitionName())
                .orElseThrow(() -> EngineException.with(MilvusError.PARTITION_NOT_FOUND,
                        "partition", request.getPartitionName()));
        long rows = data.rowCount(info.id(), partition.id());
        return GetPartitionStatisticsResponse.newBuilder().setStatus(Rpc.ok())
                .addStats(KeyValuePair.newBuilder().setKey("row_count").setValue(Long.toString(rows))).build();
    }
}
