package dev.quiver.embedded;

import dev.quiver.embedded.catalog.DataStore;
import dev.quiver.proto.milvus.CollectionSchema;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/** Records what the catalog asks of the data path, then passes it on to the real one. */
final class RecordingDataStore implements DataStore {
    final List<String> calls = new CopyOnWriteArrayList<>();
    private final DataStore delegate;

    RecordingDataStore(DataStore delegate) {
        this.delegate = delegate;
    }

    @Override
    public void createCollection(long collectionId, CollectionSchema schema, Collection<Long> partitionIds) {
        calls.add("create " + collectionId + " " + partitionIds.size());
        delegate.createCollection(collectionId, schema, partitionIds);
    }

    @Override
    public void indexesChanged(long collectionId) {
        delegate.indexesChanged(collectionId);
    }

    @Override
    public dev.quiver.embedded.catalog.IndexProgress indexProgress(long collectionId,
                                                                 dev.quiver.embedded.catalog.IndexInfo index) {
        return delegate.indexProgress(collectionId, index);
    }

    @Override
    public void dropCollection(long collectionId) {
        calls.add("drop " + collectionId);
        delegate.dropCollection(collectionId);
    }

    @Override
    public void createPartition(long collectionId, long partitionId) {
        calls.add("createPartition " + collectionId + " " + partitionId);
        delegate.createPartition(collectionId, partitionId);
    }

    @Override
    public void dropPartition(long collectionId, long partitionId) {
        calls.add("dropPartition " + collectionId + " " + partitionId);
        delegate.dropPartition(collectionId, partitionId);
    }

    @Override
    public void truncate(long collectionId) {
        calls.add("truncate " + collectionId);
        delegate.truncate(collectionId);
    }

    @Override
    public void schemaChanged(long collectionId, CollectionSchema schema) {
        calls.add("schemaChanged " + collectionId);
        delegate.schemaChanged(collectionId, schema);
    }

    @Override
    public void loadPartitions(long collectionId, Collection<Long> partitionIds) {
        calls.add("load " + collectionId + " " + partitionIds);
        delegate.loadPartitions(collectionId, partitionIds);
    }

    @Override
    public void releasePartitions(long collectionId, Collection<Long> partitionIds) {
        calls.add("release " + collectionId + " " + partitionIds);
        delegate.releasePartitions(collectionId, partitionIds);
    }

    @Override
    public long rowCount(long collectionId, @Nullable Long partitionId) {
        return delegate.rowCount(collectionId, partitionId);
    }

    @Override
    public void close() {
        delegate.close();
    }
}
