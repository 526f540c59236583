package dev.quiver.embedded.data;

import dev.quiver.embedded.catalog.CollectionInfo;
import dev.quiver.embedded.catalog.PartitionInfo;
import dev.quiver.embedded.error.EngineException;
import dev.quiver.proto.milvus.DataType;
import dev.quiver.proto.milvus.DeleteRequest;
import dev.quiver.proto.milvus.FieldData;
import dev.quiver.proto.milvus.FieldSchema;
import dev.quiver.proto.milvus.IDs;
import dev.quiver.proto.milvus.InsertRequest;
import dev.quiver.proto.milvus.MutationResult;
import dev.quiver.proto.milvus.Status;
import dev.quiver.proto.milvus.UpsertRequest;
import dev.quiver.wire.MilvusError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Insert, Upsert and Delete. Each mutation of a collection runs under the collection's lock: take a timestamp,
 * append the WAL record (durable before the reply in file mode), apply it in memory, then publish the timestamp
 * as committed so readers see the whole mutation or none of it.
 */
final class Mutations {
    private final DataRegistry registry;

    Mutations(DataRegistry registry) {
        this.registry = registry;
    }

    MutationResult insert(String database, InsertRequest request) {
        CollectionInfo info = registry.catalog.resolveCollection(database, request.getCollectionName());
        PartitionInfo partitionInfo = targetPartition(info, request.getPartitionName());
        CollectionData data = registry.collection(info);
        InsertDecoder.Batch batch = InsertDecoder.decode(data.schema(), request.getFieldsDataList(),
                request.getNumRows(), this::allocateIds, false, Timezones.of(info));
        PartitionData partition = data.partition(partitionInfo.id());
        long ts;
        data.lock.lock();
        try {
            ts = registry.clock.next();
            long lsn = registry.durability == null ? 0
                    : registry.durability.logInsert(data.id, partition.id, ts, batch.columns(), batch.rows());
            if (batch.rows() > 0) {
                registry.append(data, partition, batch.columns(), batch.rows(), ts, lsn);
            }
            data.committed = ts;
        } finally {
            data.lock.unlock();
        }
        return result(data, batch.primaryKeys(), ts).setInsertCnt(batch.rows()).build();
    }

    MutationResult upsert(String database, UpsertRequest request) {
        CollectionInfo info = registry.catalog.resolveCollection(database, request.getCollectionName());
        PartitionInfo partitionInfo = targetPartition(info, request.getPartitionName());
        CollectionData data = registry.collection(info);
        InsertDecoder.Batch batch = InsertDecoder.decode(data.schema(), request.getFieldsDataList(),
                request.getNumRows(), this::allocateIds, true, Timezones.of(info));
        PartitionData partition = data.partition(partitionInfo.id());
        boolean stringKeys = Schemas.primary(data.schema()).getDataType() == DataType.VarChar;
        long ts;
        data.lock.lock();
        try {
            ts = registry.clock.next();
            long lsn = registry.durability == null ? 0
                    : registry.durability.logUpsert(data.id, partition.id, ts, batch.replacedKeys(), stringKeys,
                            batch.columns(), batch.rows());
            long bound = data.pruneBound();
            for (Object key : batch.replacedKeys()) {
                data.tombstones.add(key, ts, bound);
            }
            if (batch.rows() > 0) {
                registry.append(data, partition, batch.columns(), batch.rows(), ts, lsn);
            }
            data.committed = ts;
        } finally {
            data.lock.unlock();
        }
        return result(data, batch.primaryKeys(), ts).setInsertCnt(batch.rows()).setUpsertCnt(batch.rows())
                .setDeleteCnt(batch.replacedKeys().size()).build();
    }

    MutationResult delete(String database, DeleteRequest request) {
        CollectionInfo info = registry.catalog.resolveCollection(database, request.getCollectionName());
        if (!request.getPartitionName().isEmpty()) {
            if (isPartitionKeyMode(info)) {
                throw Errors.invalid("not support manually specifying the partition names if partition key mode "
                        + "is used");
            }
            if (info.partition(request.getPartitionName()).isEmpty()) {
                throw EngineException.with(MilvusError.PARTITION_NOT_FOUND, "partition", request.getPartitionName());
            }
        }
        String expr = request.getExpr();
        CollectionData data = registry.collection(info);
        // Milvus builds the delete plan before anything else, so a filter it refuses, or one that is empty or folds
        // to the constant true, fails even on an unloaded collection, ahead of "collection not loaded".
        if (Filters.alwaysTrue(data.schema(), expr, request.getExprTemplateValuesMap())) {
            throw Errors.invalid("delete plan can't be empty or always true : %s", expr);
        }
        FieldSchema pk = Schemas.primary(data.schema());
        Optional<List<Object>> listed = Filters.keys(data.schema(), expr, request.getExprTemplateValuesMap());
        List<Object> keys = listed.map(l -> (List<Object>) new ArrayList<>(new LinkedHashSet<>(l)))
                .orElseGet(() -> matchingKeys(database, request));
        long ts;
        boolean stringKeys = pk.getDataType() == DataType.VarChar;
        data.lock.lock();
        try {
            ts = registry.clock.next();
            if (registry.durability != null && !keys.isEmpty()) {
                registry.durability.logDelete(data.id, ts, keys, stringKeys);
            }
            long bound = data.pruneBound();
            for (Object key : keys) {
                data.tombstones.add(key, ts, bound);
            }
            data.committed = ts;
        } finally {
            data.lock.unlock();
        }
        // Milvus (>= 2.3.2) leaves IDs and the index lists empty on Delete and reports only the count.
        return MutationResult.newBuilder().setStatus(Status.newBuilder().build()).setIDs(IDs.getDefaultInstance())
                .setTimestamp(ts).setAcknowledged(true).setDeleteCnt(keys.size()).build();
    }

    /** A complex delete: Milvus queries the loaded data for the matching keys first. */
    private List<Object> matchingKeys(String database, DeleteRequest request) {
        List<String> partitions = request.getPartitionName().isEmpty() ? List.of()
                : List.of(request.getPartitionName());
        ReadGate.Target target = ReadGate.check(registry.catalog, database, request.getCollectionName(), partitions);
        CollectionData data = registry.collection(target.collection());
        RowFilter filter = Filters.compile(data.schema(), request.getExpr(), request.getExprTemplateValuesMap(),
                Timezones.of(target.collection()));
        ReadView view = registry.view(data, target.partitionIds(), false);
        try (view) {
            LinkedHashSet<Object> keys = new LinkedHashSet<>();
            for (ReadView.Part part : view.parts) {
                Segment segment = part.segment();
                IntPredicate matches = filter == null ? null : filter.bind(segment);
                for (int row = 0; row < part.rows(); row++) {
                    if (view.visible(segment, row) && (matches == null || matches.test(row))) {
                        keys.add(segment.pk(row));
                    }
                }
            }
            return new ArrayList<>(keys);
        }
    }

    private static boolean isPartitionKeyMode(CollectionInfo info) {
        return info.schema().getFieldsList().stream().anyMatch(FieldSchema::getIsPartitionKey);
    }

    private static PartitionInfo targetPartition(CollectionInfo info, String name) {
        if (name.isEmpty()) {
            return info.partition("_default").orElseGet(() -> info.partitions().get(0));
        }
        if (isPartitionKeyMode(info)) {
            throw Errors.invalid("not support manually specifying the partition names if partition key mode is used");
        }
        return info.partition(name).orElseThrow(() -> EngineException.with(MilvusError.PARTITION_NOT_FOUND,
                "partition", name));
    }

    /** Reserves {@code count} consecutive ids from the clock and returns the first. */
    private Long allocateIds(int count) {
        long first = registry.clock.next();
        if (count > 1) {
            registry.clock.advanceTo(first + count - 1);
        }
        return first;
    }

    private static MutationResult.Builder result(CollectionData data, List<Object> keys, long ts) {
        boolean stringKeys = Schemas.primary(data.schema()).getDataType() == DataType.VarChar;
        MutationResult.Builder result = MutationResult.newBuilder().setStatus(Status.newBuilder().build())
                .setIDs(Keys.toIds(keys, stringKeys)).setTimestamp(ts).setAcknowledged(true);
        for (int i = 0; i < keys.size(); i++) {
            result.addSuccIndex(i);
        }
        return result;
    }

}
