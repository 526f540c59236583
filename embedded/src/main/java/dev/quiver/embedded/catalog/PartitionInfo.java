package dev.quiver.embedded.catalog;

/**
 * An immutable snapshot of one partition.
 *
 * @param id the partition id
 * @param name the partition name
 * @param createdTimestamp hybrid timestamp of creation
 * @param loadState whether its data is in memory and searchable
 */
public record PartitionInfo(long id, String name, long createdTimestamp, LoadState loadState) {

    /** Partition load states; the engine loads synchronously, so LOADING is short-lived. */
    public enum LoadState { NOT_LOADED, LOADING, LOADED }
}
