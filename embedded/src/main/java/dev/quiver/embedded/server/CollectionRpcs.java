package dev.quiver.embedded.server;

import com.google.protobuf.InvalidProtocolBufferException;
import dev.quiver.embedded.catalog.Catalog;
import dev.quiver.embedded.catalog.CatalogSnapshot;
import dev.quiver.embedded.catalog.CollectionEntry;
import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.DatabaseState;
import dev.quiver.embedded.catalog.Names;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.catalog.SchemaNormalizer;
import dev.quiver.embedded.catalog.SchemaChanges;
import dev.quiver.proto.milvus.AlterCollectionFieldRequest;
import dev.quiver.proto.milvus.AddCollectionFieldRequest;
import dev.quiver.embedded.catalog.DataStore;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.embedded.time.HybridClock;
import dev.quiver.proto.milvus.AlterCollectionRequest;
import dev.quiver.proto.milvus.BoolResponse;
import dev.quiver.proto.milvus.CollectionSchema;
import dev.quiver.proto.milvus.CreateCollectionRequest;
import dev.quiver.proto.milvus.BatchDescribeCollectionRequest;
import dev.quiver.proto.milvus.BatchDescribeCollectionResponse;
import dev.quiver.proto.milvus.DescribeCollectionRequest;
import dev.quiver.proto.milvus.DescribeCollectionResponse;
import dev.quiver.proto.milvus.DropCollectionRequest;
import dev.quiver.proto.milvus.ErrorCode;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.GetCollectionStatisticsRequest;
import dev.quiver.proto.milvus.GetCollectionStatisticsResponse;
import dev.quiver.proto.milvus.HasCollectionRequest;
import dev.quiver.proto.milvus.KeyValuePair;
import dev.quiver.proto.milvus.RenameCollectionRequest;
import dev.quiver.proto.milvus.ShowCollectionsRequest;
import dev.quiver.proto.milvus.ShowCollectionsResponse;
import dev.quiver.proto.milvus.ShowType;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.TruncateCollectionRequest;
import dev.quiver.proto.milvus.TruncateCollectionResponse;
import dev.quiver.wire.MilvusError;
import dev.quiver.wire.TimestamptzText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Create/Drop/Has/Describe/Show/Rename/AlterCollection and GetCollectionStatistics. */
final class CollectionRpcs {
    static final String DEFAULT_PARTITION = "_default";

    private final Catalog catalog;
    private final DataStore data;

    CollectionRpcs(Catalog catalog, DataStore data) {
        this.catalog = catalog;
        this.data = data;
    }

    Status create(CreateCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        String name = request.getCollectionName();
        Names.checkCollection(name, "name");
        CollectionSchema requested;
        try {
            requested = CollectionSchema.parseFrom(request.getSchema());
        } catch (InvalidProtocolBufferException e) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID,
                    "failed to unmarshal collection schema: " + e.getMessage());
        }
        CollectionSchema schema = SchemaNormalizer.normalize(name, requested);
        SchemaNormalizer.checkNumPartitions(name, schema, request.getNumPartitions());
        int shards = request.getShardsNum() <= 0 ? 1 : request.getShardsNum();
        Map<String, String> properties = KeyValues.toMap(request.getPropertiesList());
        checkTimezone(properties);
        return catalog.modify(tx -> {
            DatabaseState db = tx.snapshot().requireDatabase(database);
            CollectionEntry existing = db.collections().get(name);
            if (existing != null) {
                if (sameDefinition(existing.info(), schema, request)) {
                    return Rpc.ok();
                }
                throw EngineException.withReason(MilvusError.UNEXPECTED, 
                        "create duplicate collection with different parameters, collection: " + name);
            }
            if (db.aliasTarget(name).isPresent()) {
                throw EngineException.because(MilvusError.PARAMETER_INVALID, "collection name [" + name
                        + "] conflicts with an existing alias, please choose a unique name");
            }
            long id = tx.nextTimestamp();
            long created = tx.nextTimestamp();
            PartitionInfo defaultPartition = new PartitionInfo(tx.nextTimestamp(), DEFAULT_PARTITION, created,
                    PartitionInfo.LoadState.NOT_LOADED);
            CollectionInfo info = new CollectionInfo(database, id, name, schema, List.of(defaultPartition), Map.of(),
                    request.getConsistencyLevel(), created, List.of(), properties);
            tx.replace(tx.snapshot().with(database, new CollectionEntry(info, created, shards)));
            tx.then(store -> store.createCollection(id, schema, List.of(defaultPartition.id())));
            return Rpc.ok();
        });
    }

    /** Milvus's createCollectionTask: a {@code timezone} property must be an IANA time zone id. */
    private static void checkTimezone(Map<String, String> properties) {
        String zone = properties.get(TimestamptzText.TIMEZONE_KEY);
        if (zone == null) {
            return;
        }
        try {
            TimestamptzText.zone(zone);
        } catch (IllegalArgumentException e) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID,
                    "unknown or invalid IANA Time Zone ID: " + zone);
        }
    }

    private static boolean sameDefinition(CollectionInfo existing, CollectionSchema schema, CreateCollectionRequest request) {
        return comparable(existing.schema()).equals(comparable(schema))
                && existing.consistencyLevel() == request.getConsistencyLevel();
    }

    private static CollectionSchema comparable(CollectionSchema schema) {
        return schema.toBuilder().clearProperties().clearDbName().build();
    }

    Status drop(DropCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        String name = request.getCollectionName();
        return catalog.modify(tx -> {
            DatabaseState db = tx.snapshot().requireDatabase(database);
            CollectionEntry entry = db.collections().get(name);
            if (entry == null) {
                if (db.aliasTarget(name).isPresent()) {
                    throw EngineException.because(MilvusError.PARAMETER_INVALID,
                            "cannot drop the collection via alias = " + name);
                }
                return Rpc.ok();
            }
            if (!entry.info().aliases().isEmpty()) {
                throw EngineException.withReason(MilvusError.UNEXPECTED, "unable to drop the collection [" + name
                        + "] because it has associated aliases [" + String.join(" ", entry.info().aliases())
                        + "], please remove all aliases before dropping the collection");
            }
            long id = entry.info().id();
            tx.replace(tx.snapshot().with(db.without(id)));
            tx.then(store -> store.dropCollection(id));
            return Rpc.ok();
        });
    }

    BoolResponse has(HasCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        boolean exists = catalog.snapshot().requireDatabase(database).find(request.getCollectionName()).isPresent();
        return BoolResponse.newBuilder().setStatus(Rpc.ok()).setValue(exists).build();
    }

    @SuppressWarnings("deprecation")
    /**
     * Each name (or, when no names are given, each id) described as DescribeCollection would; a missing collection
     * fails the whole call, as Milvus's proxy stops at the first failed describe.
     */
    BatchDescribeCollectionResponse batchDescribe(BatchDescribeCollectionRequest request) {
        BatchDescribeCollectionResponse.Builder response = BatchDescribeCollectionResponse.newBuilder()
                .setStatus(Rpc.ok());
        List<DescribeCollectionRequest> requests = new ArrayList<>();
        for (String name : request.getCollectionNameList()) {
            requests.add(DescribeCollectionRequest.newBuilder().setDbName(request.getDbName()).setCollectionName(name)
                    .build());
        }
        if (requests.isEmpty()) {
            for (long id : request.getCollectionIDList()) {
                requests.add(DescribeCollectionRequest.newBuilder().setDbName(request.getDbName()).setCollectionID(id)
                        .build());
            }
        }
        for (DescribeCollectionRequest one : requests) {
            response.addResponses(describe(one));
        }
        return response.build();
    }

    /** The one virtual channel of a collection, named as Milvus names them ({@code <pchannel>_<id>v0}). */
    static String virtualChannel(long collectionId) {
        return "quiver-dml_0_" + collectionId + "v0";
    }

    DescribeCollectionResponse describe(DescribeCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        CatalogSnapshot snapshot = catalog.snapshot();
        DatabaseState db = snapshot.requireDatabase(database);
        Optional<CollectionEntry> found = request.getCollectionName().isEmpty() && request.getCollectionID() != 0
                ? snapshot.byId(request.getCollectionID()).filter(e -> e.info().database().equals(database))
                : db.find(request.getCollectionName());
        String shownName = request.getCollectionName().isEmpty()
                ? Long.toString(request.getCollectionID()) : request.getCollectionName();
        // Milvus answers this one with the deprecated legacy error_code UnexpectedError, for old clients.
        @SuppressWarnings("deprecation")
        CollectionEntry entry = found.orElseThrow(() -> EngineException.withReason(MilvusError.COLLECTION_NOT_FOUND,
                "can't find collection[database=" + database + "][collection=" + shownName + "]")
                .legacyCode(ErrorCode.UnexpectedError).inputError(true));
        CollectionInfo info = entry.info();
        CollectionSchema.Builder schema = info.schema().toBuilder().clearFields();
        for (FieldSchema field : info.schema().getFieldsList()) {
            if (!field.getIsDynamic()) {
                schema.addFields(field);
            }
        }
        return DescribeCollectionResponse.newBuilder()
                .setStatus(Rpc.ok())
                .setSchema(schema)
                .setCollectionID(info.id())
                .addVirtualChannelNames(virtualChannel(info.id()))
                .addPhysicalChannelNames("quiver-dml_0")
                .setCreatedTimestamp(info.createdTimestamp())
                .setCreatedUtcTimestamp(HybridClock.physicalMillis(info.createdTimestamp()))
                .setShardsNum(entry.shardsNum())
                .addAllAliases(info.aliases())
                .setConsistencyLevel(info.consistencyLevel())
                .setCollectionName(info.name())
                .addAllProperties(KeyValues.toPairs(info.properties()))
                .setDbName(database)
                .setNumPartitions(info.partitions().size())
                .setDbId(db.info().id())
                .setRequestTime(catalog.clock().next())
                .setUpdateTimestamp(entry.updateTimestamp())
                .setUpdateTimestampStr(Long.toUnsignedString(entry.updateTimestamp()))
                .build();
    }

    @SuppressWarnings("deprecation")
    ShowCollectionsResponse show(ShowCollectionsRequest request) {
        String database = RequestContext.database(request.getDbName());
        DatabaseState db = catalog.snapshot().requireDatabase(database);
        boolean inMemory = request.getType() == ShowType.InMemory;
        List<CollectionEntry> selected = new ArrayList<>();
        if (request.getCollectionNamesCount() > 0) {
            for (String name : request.getCollectionNamesList()) {
                CollectionEntry entry = db.find(name)
                        .orElseThrow(() -> CatalogSnapshot.collectionNotFound(database, name));
                if (inMemory && !entry.info().isLoaded()) {
                    throw EngineException.with(MilvusError.COLLECTION_NOT_LOADED, "collection", name);
                }
                selected.add(entry);
            }
        } else {
            for (CollectionEntry entry : db.collections().values()) {
                if (!inMemory || entry.info().isLoaded()) {
                    selected.add(entry);
                }
            }
        }
        ShowCollectionsResponse.Builder response = ShowCollectionsResponse.newBuilder().setStatus(Rpc.ok());
        for (CollectionEntry entry : selected) {
            CollectionInfo info = entry.info();
            response.addCollectionNames(info.name()).addCollectionIds(info.id())
                    .addCreatedTimestamps(info.createdTimestamp())
                    .addCreatedUtcTimestamps(HybridClock.physicalMillis(info.createdTimestamp()))
                    .addQueryServiceAvailable(info.isLoaded())
                    .addShardsNum(entry.shardsNum());
            if (inMemory) {
                response.addInMemoryPercentages(100);
            }
        }
        return response.build();
    }

    Status rename(RenameCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        String targetDatabase = request.getNewDBName().isEmpty() ? database : request.getNewDBName();
        String oldName = request.getOldName();
        String newName = request.getNewName();
        Names.checkCollection(newName, "name");
        return catalog.modify(tx -> {
            CatalogSnapshot snapshot = tx.snapshot();
            DatabaseState source = snapshot.requireDatabase(database);
            CollectionEntry entry = source.collections().get(oldName);
            if (entry == null) {
                throw CatalogSnapshot.collectionNotFound(database, oldName);
            }
            DatabaseState target = snapshot.requireDatabase(targetDatabase);
            if (target.find(newName).isPresent()) {
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "duplicated new collection name " + newName + " in database "
                        + targetDatabase + " with other collection name or alias");
            }
            if (!targetDatabase.equals(database) && !entry.info().aliases().isEmpty()) {
                throw EngineException.withReason(MilvusError.UNEXPECTED,
                        "fail to rename db name, must drop all aliases of this collection "
                        + "before rename");
            }
            CollectionInfo old = entry.info();
            CollectionInfo renamed = new CollectionInfo(targetDatabase, old.id(), newName,
                    old.schema().toBuilder().setName(newName).build(), old.partitions(), old.indexes(),
                    old.consistencyLevel(), old.createdTimestamp(), old.aliases(), old.properties());
            CollectionEntry next = new CollectionEntry(renamed, tx.nextTimestamp(), entry.shardsNum());
            CatalogSnapshot updated = snapshot.with(source.without(old.id()));
            tx.replace(updated.with(targetDatabase, next));
            return Rpc.ok();
        });
    }

    Status alter(AlterCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, request.getCollectionName());
            CollectionInfo old = entry.info();
            Map<String, String> properties = new LinkedHashMap<>(old.properties());
            for (KeyValuePair pair : request.getPropertiesList()) {
                properties.put(pair.getKey(), pair.getValue());
            }
            request.getDeleteKeysList().forEach(properties::remove);
            checkTimezone(properties);
            CollectionInfo next = new CollectionInfo(old.database(), old.id(), old.name(), old.schema(),
                    old.partitions(), old.indexes(), old.consistencyLevel(), old.createdTimestamp(), old.aliases(),
                    properties);
            tx.replace(tx.snapshot().with(database,
                    new CollectionEntry(next, tx.nextTimestamp(), entry.shardsNum())));
            return Rpc.ok();
        });
    }

    /** AddCollectionField (Milvus 2.6): the serialised FieldSchema becomes a new nullable field of the collection. */
    Status addField(AddCollectionFieldRequest request) {
        String database = RequestContext.database(request.getDbName());
        FieldSchema field;
        try {
            field = FieldSchema.parseFrom(request.getSchema());
        } catch (InvalidProtocolBufferException e) {
            throw EngineException.because(MilvusError.PARAMETER_INVALID, "the field schema is not a serialised "
                    + "schema.FieldSchema: " + e.getMessage());
        }
        return changeSchema(database, request.getCollectionName(),
                info -> SchemaChanges.addField(info.name(), info.schema(), field));
    }

    /** AlterCollectionField (Milvus 2.6): max_length, max_capacity, mmap.enabled, warmup, description. */
    Status alterField(AlterCollectionFieldRequest request) {
        String database = RequestContext.database(request.getDbName());
        return changeSchema(database, request.getCollectionName(), info -> SchemaChanges.alterField(info,
                request.getFieldName(), request.getPropertiesList(), request.getDeleteKeysList()));
    }

    private Status changeSchema(String database, String collection,
                                java.util.function.Function<CollectionInfo, CollectionSchema> change) {
        return catalog.modify(tx -> {
            CollectionEntry entry = tx.snapshot().require(database, collection);
            CollectionInfo old = entry.info();
            CollectionSchema schema = change.apply(old);
            CollectionInfo next = CollectionUpdates.withSchema(old, schema);
            tx.replace(tx.snapshot().with(database,
                    new CollectionEntry(next, tx.nextTimestamp(), entry.shardsNum())));
            long id = old.id();
            tx.then(store -> store.schemaChanged(id, schema));
            return Rpc.ok();
        });
    }

    /** Removes every row, keeping the schema, partitions, indexes and load state (Milvus 2.6 TruncateCollection). */
    TruncateCollectionResponse truncate(TruncateCollectionRequest request) {
        String database = RequestContext.database(request.getDbName());
        return catalog.modify(tx -> {
            long id = tx.snapshot().require(database, request.getCollectionName()).info().id();
            tx.then(store -> store.truncate(id));
            return TruncateCollectionResponse.newBuilder().setStatus(Rpc.ok()).build();
        });
    }

    GetCollectionStatisticsResponse statistics(GetCollectionStatisticsRequest request) {
        String database = RequestContext.database(request.getDbName());
        CollectionInfo info = catalog.snapshot().require(database, request.getCollectionName()).info();
        long rows = data.rowCount(info.id(), null);
        return GetCollectionStatisticsResponse.newBuilder().setStatus(Rpc.ok())
                .addStats(KeyValuePair.newBuilder().setKey("row_count").setValue(Long.toString(rows))).build();
    }
}
