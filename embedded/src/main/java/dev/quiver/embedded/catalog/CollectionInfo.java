package dev.quiver.embedded.catalog;

import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConsistencyLevel;
import dev.quiver.proto.milvus.FieldSchema;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable snapshot of one collection.
 *
 * @param database the database it belongs to
 * @param id the collection id
 * @param name the collection name
 * @param schema the schema with field ids assigned (user fields from 100) and, when the dynamic field is enabled,
 *               the hidden {@code $meta} JSON field flagged {@code is_dynamic}
 * @param partitions the partitions in creation order, {@code _default} first
 * @param indexes the indexes, keyed by field name
 * @param consistencyLevel the collection's default consistency level
 * @param createdTimestamp hybrid timestamp of creation
 * @param aliases aliases pointing at this collection
 * @param properties collection properties
 */
public record CollectionInfo(String database, long id, String name, CollectionSchema schema,
                             List<PartitionInfo> partitions, Map<String, IndexInfo> indexes,
                             ConsistencyLevel consistencyLevel, long createdTimestamp, List<String> aliases,
                             Map<String, String> properties) {
    public CollectionInfo {
        partitions = List.copyOf(partitions);
        indexes = Map.copyOf(indexes);
        aliases = List.copyOf(aliases);
        properties = Map.copyOf(properties);
    }

    /** The partition named {@code name}, if any. */
    public Optional<PartitionInfo> partition(String name) {
        return partitions.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** The partitions currently loaded. Empty when the collection is not loaded. */
    public List<PartitionInfo> loadedPartitions() {
        return partitions.stream().filter(p -> p.loadState() == PartitionInfo.LoadState.LOADED).toList();
    }

    /** Whether any partition is loaded: Milvus calls such a collection loaded. */
    public boolean isLoaded() {
        return !loadedPartitions().isEmpty();
    }

    /** The primary key field. */
    public FieldSchema primaryField() {
        return schema.getFieldsList().stream().filter(FieldSchema::getIsPrimaryKey).findFirst()
                .orElseThrow(() -> new IllegalStateException("collection " + name + " has no primary key"));
    }
}
