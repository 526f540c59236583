package dev.quiver.embedded.catalog;

import dev.quiver.proto.milvus.CollectionSchema;
import java.util.Collection;
import org.jspecify.annotations.Nullable;

/**
 * What the catalog tells the data path when collections and partitions come and go, load and release: the port the
 * catalog owns and the data path implements, so that the data path depends on the catalog and not the reverse. The data
 * path owns segments, the write-ahead log and segment files.
 *
 * <p>Thread-safe. Calls for one collection are made in the order the catalog applied the changes.
 */
public interface DataStore extends AutoCloseable {

    /** A new, empty collection with these partitions. */
    void createCollection(long collectionId, CollectionSchema schema, Collection<Long> partitionIds);

    /** Drops the collection's data, in memory and on disk. */
    void dropCollection(long collectionId);

    /** A new, empty partition. */
    void createPartition(long collectionId, long partitionId);

    /** Drops the partition's data. */
    void dropPartition(long collectionId, long partitionId);

    /** Removes every row of the collection (TRUNCATE), keeping its partitions. */
    void truncate(long collectionId);

    /** The schema changed (ALTER COLLECTION, new field); existing rows keep their values. */
    void schemaChanged(long collectionId, CollectionSchema schema);

    /** Brings the partitions' sealed segments into memory (mapping segment files back in) so they are searchable. */
    void loadPartitions(long collectionId, Collection<Long> partitionIds);

    /** Frees the partitions' sealed segment data from memory. Growing data stays in the write path. */
    void releasePartitions(long collectionId, Collection<Long> partitionIds);

    /**
     * The {@code row_count} Milvus reports in statistics: rows of every healthy segment, deletes not subtracted
     * until compaction (reference §6).
     *
     * @param partitionId a partition, or null for the whole collection
     */
    long rowCount(long collectionId, @Nullable Long partitionId);

    /**
     * The collection's indexes changed (CreateIndex or DropIndex committed): the data path builds what is now
     * defined and drops what no longer is.
     */
    void indexesChanged(long collectionId);

    /** How far {@code index} of the collection is built (DescribeIndex's rows and state). */
    IndexProgress indexProgress(long collectionId, IndexInfo index);

    /** Syncs the write-ahead log and stops background work. */
    @Override
    void close();
}
