package dev.quiver.embedded.catalog;

/**
 * A collection as the catalog keeps it: the {@link CollectionInfo} the data path sees plus the bookkeeping only
 * {@code DescribeCollection} reports.
 *
 * @param info the collection snapshot
 * @param updateTimestamp hybrid timestamp of the last schema or property change (Milvus's {@code update_timestamp})
 * @param shardsNum the shard count the client asked for (reported back; the engine has one shard)
 */
public record CollectionEntry(CollectionInfo info, long updateTimestamp, int shardsNum) {

    /** The same entry with another collection snapshot. */
    public CollectionEntry withInfo(CollectionInfo newInfo) {
        return new CollectionEntry(newInfo, updateTimestamp, shardsNum);
    }
}
