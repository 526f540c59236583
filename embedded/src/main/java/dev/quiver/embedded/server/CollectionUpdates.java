package dev.quiver.embedded.server;

import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.proto.milvus.CollectionSchema;
import java.util.List;
import java.util.Map;

/** Copies of a {@link CollectionInfo} with one part replaced. */
final class CollectionUpdates {
    private CollectionUpdates() {
    }

    static CollectionInfo withPartitions(CollectionInfo c, List<PartitionInfo> partitions) {
        return new CollectionInfo(c.database(), c.id(), c.name(), c.schema(), partitions, c.indexes(),
                c.consistencyLevel(), c.createdTimestamp(), c.aliases(), c.properties());
    }

    static CollectionInfo withSchema(CollectionInfo c, CollectionSchema schema) {
        return new CollectionInfo(c.database(), c.id(), c.name(), schema, c.partitions(), c.indexes(),
                c.consistencyLevel(), c.createdTimestamp(), c.aliases(), c.properties());
    }

    static CollectionInfo withIndexes(CollectionInfo c, Map<String, IndexInfo> indexes) {
        return new CollectionInfo(c.database(), c.id(), c.name(), c.schema(), c.partitions(), indexes,
                c.consistencyLevel(), c.createdTimestamp(), c.aliases(), c.properties());
    }

    static CollectionInfo withAliases(CollectionInfo c, List<String> aliases) {
        return new CollectionInfo(c.database(), c.id(), c.name(), c.schema(), c.partitions(), c.indexes(),
                c.consistencyLevel(), c.createdTimestamp(), aliases, c.properties());
    }
}
