package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.DataStore;
import dev.quiver.embedded.catalog.CatalogView;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.IndexInfo;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.ConsistencyLevel;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A small in-test catalog: collections with partitions, load states and vector-index metrics. */
final class FakeCatalog implements CatalogView {
    private final Map<String, CollectionInfo> collections = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(1000);
    private DataStore store;

    void attach(DataStore store) {
        this.store = store;
    }

    /** Creates a collection (user field ids from 100, {@code $meta} added when dynamic) with {@code _default}. */
    synchronized CollectionInfo create(String name, CollectionSchema schema, Map<String, String> metrics) {
        return create(name, schema, metrics, Map.of());
    }

    /** As {@link #create(String, CollectionSchema, Map)}, with collection properties. */
    synchronized CollectionInfo create(String name, CollectionSchema schema, Map<String, String> metrics,
                                       Map<String, String> properties) {
        CollectionSchema.Builder withIds = schema.toBuilder().clearFields();
        long fieldId = 100;
        for (FieldSchema field : schema.getFieldsList()) {
            withIds.addFields(field.toBuilder().setFieldID(fieldId++));
        }
        if (schema.getEnableDynamicField()) {
            withIds.addFields(FieldSchema.newBuilder().setName("$meta").setDataType(DataType.JSON).setIsDynamic(true)
                    .setFieldID(fieldId));
        }
        CollectionSchema full = withIds.setName(name).build();
        Map<String, IndexInfo> indexes = new LinkedHashMap<>();
        metrics.forEach((field, metric) -> indexes.put(field,
                new IndexInfo(ids.incrementAndGet(), field + "_idx", field, "FLAT", metric, Map.of("metric_type", metric))));
        long id = ids.incrementAndGet();
        PartitionInfo defaultPartition = new PartitionInfo(ids.incrementAndGet(), "_default", 1,
                PartitionInfo.LoadState.NOT_LOADED);
        CollectionInfo info = new CollectionInfo("default", id, name, full, List.of(defaultPartition), indexes,
                ConsistencyLevel.Strong, 1, List.of(), properties);
        collections.put(name, info);
        if (store != null) {
            store.createCollection(id, full, List.of(defaultPartition.id()));
        }
        return info;
    }

    synchronized PartitionInfo createPartition(String collection, String partition) {
        CollectionInfo info = collections.get(collection);
        PartitionInfo created = new PartitionInfo(ids.incrementAndGet(), partition, 2,
                PartitionInfo.LoadState.NOT_LOADED);
        List<PartitionInfo> partitions = new ArrayList<>(info.partitions());
        partitions.add(created);
        replace(info, partitions);
        if (store != null) {
            store.createPartition(info.id(), created.id());
        }
        return created;
    }

    /** Loads every partition when {@code partitions} is empty, else only those named. */
    synchronized void load(String collection, String... partitions) {
        setState(collection, PartitionInfo.LoadState.LOADED, partitions);
    }

    synchronized void release(String collection, String... partitions) {
        setState(collection, PartitionInfo.LoadState.NOT_LOADED, partitions);
    }

    private void setState(String collection, PartitionInfo.LoadState state, String... names) {
        CollectionInfo info = collections.get(collection);
        List<PartitionInfo> partitions = new ArrayList<>();
        List<Long> changed = new ArrayList<>();
        for (PartitionInfo p : info.partitions()) {
            boolean selected = names.length == 0 || List.of(names).contains(p.name());
            if (selected) {
                changed.add(p.id());
            }
            partitions.add(selected ? new PartitionInfo(p.id(), p.name(), p.createdTimestamp(), state) : p);
        }
        replace(info, partitions);
        if (store != null) {
            if (state == PartitionInfo.LoadState.LOADED) {
                store.loadPartitions(info.id(), changed);
            } else {
                store.releasePartitions(info.id(), changed);
            }
        }
    }

    private void replace(CollectionInfo info, List<PartitionInfo> partitions) {
        collections.put(info.name(), new CollectionInfo(info.database(), info.id(), info.name(), info.schema(),
                partitions, info.indexes(), info.consistencyLevel(), info.createdTimestamp(), info.aliases(),
                info.properties()));
    }

    /** Replaces (or, with a null type, drops) the index of {@code field}; a new index gets a new id. */
    IndexInfo setIndex(String collection, String field, String type, String metric, String... params) {
        CollectionInfo info;
        IndexInfo index = null;
        synchronized (this) {
            info = collections.get(collection);
            Map<String, IndexInfo> indexes = new LinkedHashMap<>(info.indexes());
            if (type == null) {
                indexes.remove(field);
            } else {
                Map<String, String> all = new LinkedHashMap<>();
                all.put("index_type", type);
                all.put("metric_type", metric);
                for (int i = 0; i < params.length; i += 2) {
                    all.put(params[i], params[i + 1]);
                }
                index = new IndexInfo(ids.incrementAndGet(), field + "_idx", field, type, metric, all);
                indexes.put(field, index);
            }
            collections.put(info.name(), new CollectionInfo(info.database(), info.id(), info.name(), info.schema(),
                    info.partitions(), indexes, info.consistencyLevel(), info.createdTimestamp(), info.aliases(),
                    info.properties()));
        }
        // outside the monitor, as the real catalog notifies after its commit
        if (store != null) {
            store.indexesChanged(info.id());
        }
        return index;
    }

    synchronized CollectionInfo get(String name) {
        return collections.get(name);
    }

    @Override
    public synchronized CollectionInfo resolveCollection(String database, String nameOrAlias) {
        CollectionInfo info = collections.get(nameOrAlias);
        if (info == null || !info.database().equals(database)) {
            throw EngineException.with(MilvusError.COLLECTION_NOT_FOUND,
                    "database", database, "collection", nameOrAlias);
        }
        return info;
    }

    @Override
    public synchronized Optional<CollectionInfo> findCollection(String database, String nameOrAlias) {
        return Optional.ofNullable(collections.get(nameOrAlias)).filter(c -> c.database().equals(database));
    }

    @Override
    public synchronized Optional<CollectionInfo> collectionById(long collectionId) {
        return collections.values().stream().filter(c -> c.id() == collectionId).findFirst();
    }

    @Override
    public synchronized List<CollectionInfo> collections(String database) {
        return collections.values().stream().filter(c -> c.database().equals(database)).toList();
    }

    @Override
    public List<String> databases() {
        return List.of("default");
    }
}
