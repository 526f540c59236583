package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CatalogTransaction;
import dev.quiver.embedded.catalog.CollectionEntry;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.PartitionInfo.LoadState;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.catalog.SchemaNormalizer;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.GetLoadStateRequest;
import dev.quiver.proto.milvus.GetLoadStateResponse;
import dev.quiver.proto.milvus.GetLoadingProgressRequest;
import dev.quiver.proto.milvus.GetLoadingProgressResponse;
import dev.quiver.proto.milvus.LoadCollectionRequest;
import dev.quiver.proto.milvus.LoadPartitionsRequest;
import dev.quiver.proto.milvus.ReleaseCollectionRequest;
import dev.quiver.proto.milvus.ReleasePartitionsRequest;
import dev.quiver.proto.milvus.Status;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The load/release state machine of reference §1.3: a collection is loaded while any of its partitions is;
 * loading needs an index on every vector field; loading is synchronous (straight to Loaded); releasing every loaded
 * partition makes the collection NotLoad; loading what is loaded and releasing what is not are no-ops.
 */
final class LoadRpcs {
    private final Catalog catalog;

    LoadRpcs(Catalog catalog) {
        this.catalog = catalog;
    }

    Status loadCollection(LoadCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo info = entry.info();
            requireVectorIndexes(info);
            load(tx, database, entry, info.partitions());
            return Rpc.ok();
        });
    }

    Status loadPartitions(LoadPartitionsRequest request) {
        String database = RequestContext.database(request.getDbName());
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo info = entry.info();
            if (PartitionRpcs.hasPartitionKey(info)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "disable load partitions if partition key mode is used");
            }
            List<PartitionInfo> named = named(info, request.getPartitionNamesList());
            requireVectorIndexes(info);
            load(tx, database, entry, named);
            return Rpc.ok();
        });
    }

    Status releaseCollection(ReleaseCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            release(tx, database, entry, entry.info().partitions());
            return Rpc.ok();
        });
    }

    Status releasePartitions(ReleasePartitionsRequest request) {
        String database = RequestContext.database(request.getDbName());
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo info = entry.info();
            if (PartitionRpcs.hasPartitionKey(info)) {
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "disable release partitions if partition key mode is used");
            }
            release(tx, database, entry, named(info, request.getPartitionNamesList()));
            return Rpc.ok();
        });
    }

    GetLoadStateResponse loadState(GetLoadStateRequest request) {
        String database = RequestContext.database(request.getDbName());
        Optional<CollectionEntry> entry = catalog.snapshot().find(database, request.getCollectionName());
        GetLoadStateResponse.Builder response = GetLoadStateResponse.newBuilder().setStatus(Rpc.ok());
        if (entry.isEmpty()) {
            return response.setState(dev.quiver.proto.milvus.LoadState.LoadStateNotExist).build();
        }
        CollectionInfo info = entry.get().info();
        boolean loaded;
        if (request.getPartitionNamesCount() == 0) {
            loaded = info.isLoaded();
        } else {
            loaded = named(info, request.getPartitionNamesList()).stream()
                    .allMatch(p -> p.loadState() == LoadState.LOADED);
        }
        return response.setState(loaded ? dev.quiver.proto.milvus.LoadState.LoadStateLoaded
                : dev.quiver.proto.milvus.LoadState.LoadStateNotLoad).build();
    }

    GetLoadingProgressResponse loadingProgress(GetLoadingProgressRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo info = catalog.snapshot().require(database, request.getCollectionName()).info();
        if (!info.isLoaded()) {
            throw EngineException.with(MilvusError.COLLECTION_NOT_LOADED, "collection", info.name());
        }
        for (PartitionInfo partition : named(info, request.getPartitionNamesList())) {
            if (partition.loadState() != LoadState.LOADED) {
                throw EngineException.with(MilvusError.PARTITION_NOT_LOADED, "partition", partition.name());
            }
        }
        return GetLoadingProgressResponse.newBuilder().setStatus(Rpc.ok()).setProgress(100).setRefreshProgress(100)
                .build();
    }

    /** Milvus refuses to load a collection unless every vector field has an index. */
    static void requireVectorIndexes(CollectionInfo info) {
        if (info.indexes().isEmpty()) {
            throw EngineException.with(MilvusError.INDEX_NOT_FOUND, "collection", info.name());
        }
        List<String> missing = new ArrayList<>();
        for (FieldSchema field : info.schema().getFieldsList()) {
            if (SchemaNormalizer.isVector(field.getDataType()) && !info.indexes().containsKey(field.getName())) {
                missing.add(field.getName());
            }
        }
        if (!missing.isEmpty()) {
            throw EngineException.withReason(MilvusError.UNEXPECTED,
                    "there is no vector index on field: [" + String.join(" ", missing)
                    + "], please create index firstly");
        }
    }

    private static List<PartitionInfo> named(CollectionInfo info, List<String> names) {
        List<PartitionInfo> partitions = new ArrayList<>();
        for (String name : names) {
            partitions.add(info.partition(name).orElseThrow(() -> EngineException.with(MilvusError.PARTITION_NOT_FOUND,
                    "partition", name)));
        }
        return partitions;
    }

    private static void load(CatalogTransaction tx, String database, CollectionEntry entry,
                             List<PartitionInfo> targets) {
        List<Long> ids = targets.stream().filter(p -> p.loadState() != LoadState.LOADED).map(PartitionInfo::id).toList();
        if (ids.isEmpty()) {
            return;
        }
        long collectionId = entry.info().id();
        tx.replace(tx.snapshot().with(database, entry.withInfo(withState(entry.info(), ids, LoadState.LOADED))));
        tx.then(store -> store.loadPartitions(collectionId, ids));
    }

    private static void release(CatalogTransaction tx, String database,
                                CollectionEntry entry, List<PartitionInfo> targets) {
        List<Long> ids = targets.stream().filter(p -> p.loadState() != LoadState.NOT_LOADED).map(PartitionInfo::id)
                .toList();
        if (ids.isEmpty()) {
            return;
        }
        long collectionId = entry.info().id();
        tx.replace(tx.snapshot().with(database, entry.withInfo(withState(entry.info(), ids, LoadState.NOT_LOADED))));
        tx.then(store -> store.releasePartitions(collectionId, ids));
    }

    private static CollectionInfo withState(CollectionInfo info, List<Long> ids, LoadState state) {
        Set<Long> targets = new HashSet<>(ids);
        List<PartitionInfo> partitions = info.partitions().stream()
                .map(p -> targets.contains(p.id()) ? new PartitionInfo(p.id(), p.name(), p.createdTimestamp(), state) : p)
                .toList();
        return CollectionUpdates.withPartitions(info, partitions);
    }
}
