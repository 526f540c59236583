package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.CatalogView;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.List;

/**
 * Milvus's gating of reads: the collection must exist (100) and be loaded (101); explicitly named partitions must
 * exist (200) and be loaded (201). Yields the partitions a read covers.
 */
final class ReadGate {
    /** The collection and the ids of the loaded partitions to read. */
    record Target(CollectionInfo collection, List<Long> partitionIds) {
    }

    private ReadGate() {
    }

    static Target check(CatalogView catalog, String database, String collectionName, List<String> partitionNames) {
        CollectionInfo info = catalog.resolveCollection(database, collectionName);
        if (!info.isLoaded()) {
            throw EngineException.with(MilvusError.COLLECTION_NOT_LOADED, "collection", info.name());
        }
        List<Long> ids = new ArrayList<>();
        if (partitionNames.isEmpty()) {
            for (PartitionInfo partition : info.loadedPartitions()) {
                ids.add(partition.id());
            }
            return new Target(info, ids);
        }
        for (String name : partitionNames) {
            PartitionInfo partition = info.partition(name)
                    .orElseThrow(() -> EngineException.with(MilvusError.PARTITION_NOT_FOUND, "partition", name));
            if (partition.loadState() != PartitionInfo.LoadState.LOADED) {
                throw EngineException.with(MilvusError.PARTITION_NOT_LOADED, "partition", name);
            }
            if (!ids.contains(partition.id())) {
                ids.add(partition.id());
            }
        }
        return new Target(info, ids);
    }
}
